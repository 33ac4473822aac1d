import { parseId } from './ids';

/**
 * The small shapes every subgraph's resolvers share. An entity owned by another subgraph is,
 * here, only its id: a `Reference` the gateway resolves there.
 */

export interface Reference {
  id: number;
}

export const reference = (id: number): Reference => ({ id });

/** Ids travel as strings. */
export const idOf = (row: Reference) => String(row.id);

/** The keyset cursor of an id-ordered list. */
export const keyOf = (row: Reference) => [row.id];

export const localized = (row: { nameFa: string; nameEn: string | null }) => ({ fa: row.nameFa, en: row.nameEn });

/** `__resolveReference` of an entity this subgraph only extends: a malformed id names nothing. */
export const resolveReference = ({ id }: { id: string }): Reference | null => {
  const key = parseId(id);
  return key === null ? null : reference(key);
};

/** One row by its id through a DataLoader; a malformed id gives null, never an error. */
export const loadById = <T>(loader: { load(id: number): Promise<T | null> }, id: unknown): Promise<T | null> | null => {
  const key = parseId(id);
  return key === null ? null : loader.load(key);
};

/** The row a foreign key names, through a DataLoader; the key's constraint guarantees it exists. */
export const loadExisting = async <T>(loader: { load(id: number): Promise<T | null> }, id: number): Promise<T> => {
  const row = await loader.load(id);
  if (row === null) throw new Error(`no row with id ${id}, though a foreign key names it`);
  return row;
};

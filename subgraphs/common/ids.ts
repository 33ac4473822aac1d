/** The largest PostgreSQL integer: ids above it name no row; keyset cursors start below it. */
export const MAX_INT = 2_147_483_647;

/** Ids are the rows' integer keys as strings; anything else names no row (null, never an error). */
export function parseId(id: unknown): number | null {
  if (typeof id === 'number') return Number.isInteger(id) && id > 0 && id <= MAX_INT ? id : null;
  if (typeof id !== 'string' || !/^[0-9]{1,10}$/.test(id)) return null;
  const value = Number(id);
  return value > 0 && value <= MAX_INT ? value : null;
}

/** For filters: an id that names no row matches nothing rather than failing the query. */
export function parseFilterId(id: unknown): number {
  return parseId(id) ?? 0;
}

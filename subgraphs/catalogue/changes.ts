import type { EntityManager } from 'typeorm';
import { searchKey } from '../../lib/persian';
import { entityColumns } from '../common/columns';
import { insertHistoryEntry } from '../common/writes/history';
import type { ChangeAuthor } from '../common/writes/run';
import { Agency, CatalogueChange, Service, SubService, type CatalogueChangeAction, type CatalogueRecordKind } from './entities';

/** The statements of the catalogue's writes, each in the write's transaction `tx` (mutations.ts runs them in order). */

export interface NewChange {
  recordKind: CatalogueRecordKind;
  recordId: number;
  action: CatalogueChangeAction;
  before: unknown;
  after: unknown;
}

export const RECORDS = {
  AGENCY: { table: 'catalogue.agency', entity: Agency, what: 'agency' },
  SERVICE: { table: 'catalogue.service', entity: Service, what: 'service' },
  SUB_SERVICE: { table: 'catalogue.sub_service', entity: SubService, what: 'sub-service' },
} as const;

type Row = Agency | Service | SubService;

/** The record with the agency owning it (the agency itself; a service's; a sub-service's service's), its row locked until commit; null when there is none. */
export async function lockRecord<Kind extends CatalogueRecordKind>(tx: EntityManager, kind: Kind, id: number): Promise<{ row: Row; ownerId: number } | null> {
  const { table, entity } = RECORDS[kind];
  const owner = kind === 'AGENCY' ? 'x.id' : kind === 'SERVICE' ? 'x.agency_id' : '(SELECT s.agency_id FROM catalogue.service s WHERE s.id = x.service_id)';
  const [row] = await tx.query(`SELECT ${entityColumns(tx.connection, entity, 'x')}, ${owner} AS "__owner" FROM ${table} x WHERE x.id = $1 FOR UPDATE OF x`, [id]);
  if (!row) return null;
  const { __owner: ownerId, ...record } = row;
  return { row: record, ownerId };
}

/** Renames the record; null when it is an agency and another agency has the name (the same key once spelling is ignored). */
export async function updateName(tx: EntityManager, kind: CatalogueRecordKind, id: number, nameFa: string, nameEn: string | null, code: string): Promise<Row | null> {
  const { table, entity } = RECORDS[kind];
  const sets = ['name_fa = $2', 'name_en = $3', 'version = version + 1', 'updated_at = now()'];
  const params: unknown[] = [id, nameFa, nameEn];
  if (kind === 'AGENCY') {
    const [taken] = await tx.query(`SELECT 1 FROM catalogue.agency WHERE name_key = $1 AND id <> $2`, [searchKey(nameFa), id]);
    if (taken) return null;
    sets.push(`name_key = $${params.push(searchKey(nameFa))}`);
  }
  if (kind !== 'SUB_SERVICE') sets.push(`search_text = $${params.push([nameFa, nameEn ?? '', code].map(searchKey).join('|'))}`);
  const [[row]] = await tx.query(`UPDATE ${table} x SET ${sets.join(', ')} WHERE x.id = $1 RETURNING ${entityColumns(tx.connection, entity, 'x')}`, params);
  return row;
}

export function insertChange(tx: EntityManager, author: ChangeAuthor, change: NewChange): Promise<CatalogueChange> {
  return insertHistoryEntry(tx, 'catalogue.change', CatalogueChange, author, change, { record_id: change.recordId });
}

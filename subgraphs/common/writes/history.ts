import type { EntityManager, EntityTarget } from 'typeorm';
import { entityColumns } from '../columns';
import type { ChangeAuthor } from './run';

/** What every history entry says of its change; the subgraph adds the columns naming its record. */
export interface ChangeFacts {
  recordKind: string;
  action: string;
  before: unknown;
  after: unknown;
}

/**
 * Writes one entry of a subgraph's own history table (`table`, mapped by `entity`) and returns it:
 * the change, its author, and `recordColumns`, the columns (named by the subgraph's code, never by
 * input) that say which record it was.
 */
export async function insertHistoryEntry<Entry>(
  tx: EntityManager,
  table: string,
  entity: EntityTarget<Entry>,
  author: ChangeAuthor,
  change: ChangeFacts,
  recordColumns: Record<string, unknown>,
): Promise<Entry> {
  const values: [column: string, value: unknown][] = [
    ['record_kind', change.recordKind],
    ['action', change.action],
    ...Object.entries(recordColumns),
    ['subject', author.subject],
    ['agency_id', author.agencyId],
    ['roles', author.roles],
    ['before', change.before === null ? null : JSON.stringify(change.before)],
    ['after', JSON.stringify(change.after)],
    ['request_id', author.requestId],
    ['client_address', author.clientAddress],
  ];
  const [row] = await tx.query(
    `INSERT INTO ${table} AS x (${values.map(([column]) => column).join(', ')})
     VALUES (${values.map((_, index) => `$${index + 1}`).join(', ')}) RETURNING ${entityColumns(tx.connection, entity, 'x')}`,
    values.map(([, value]) => value),
  );
  return row;
}

import type { DataSource, EntityTarget } from 'typeorm';
import { entityColumns } from './columns';
import type { Page } from './pagination';
import { fetchPage, type KeysetList, type PageRows } from './sql-pages';

/** A change row with its feed cursor (the writing transaction's id) as a number. */
export type FeedRow<Change> = Change & { feedTxid: number };

/** The changes of a subgraph's change table (`table`, aliased c), in the order their transactions committed: (txid, id). */
export function changeList(db: DataSource, table: string, entity: EntityTarget<unknown>): KeysetList {
  return {
    from: `${table} c`,
    columns: `${entityColumns(db, entity, 'c')}, c.txid::float8 AS "feedTxid"`,
    order: ['c.txid', 'c.id'],
  };
}

/** The feed's cursor: the writing transaction's id, then the change's own. */
export const feedKey = (row: { feedTxid: number; id: number | string }) => [row.feedTxid, Number(row.id)];

/**
 * A page of a changed-since feed: changes ordered by their transaction's id, then their own. A
 * change is listed only when its transaction is older than every transaction still running (the
 * snapshot's xmin), so whatever commits later has a larger transaction id than anything already
 * listed: a cursor never passes a change that has yet to appear. (An id or a timestamp alone
 * would: two writers take them in one order and may commit in the other.)
 */
export function changeFeedPage<Change>(db: DataSource, list: KeysetList, since: Date | null, page: Page): Promise<PageRows<FeedRow<Change>>> {
  return fetchPage(db, {
    ...list,
    where: `c.txid < pg_snapshot_xmin(pg_current_snapshot())::text::bigint AND ($1::timestamptz IS NULL OR c.at > $1)`,
    params: [since],
  }, page);
}

import type { DataSource } from 'typeorm';
import { entityColumns } from '../common/columns';
import type { Page } from '../common/pagination';
import { fetchPage, type KeysetList, type PageRows } from '../common/sql-pages';
import { CatalogueChange, type CatalogueRecordKind } from './entities';

/** The catalogue's changes: its feed and each record's history, one statement each. */

const changeList = (db: DataSource) => ({
  from: 'catalogue.change c',
  columns: `${entityColumns(db, CatalogueChange, 'c')}, c.txid::float8 AS "feedTxid"`,
  order: ['c.txid', 'c.id'],
});

export type FeedRow = CatalogueChange & { feedTxid: number };

/** The feed, as the inquiries' (see subgraphs/inquiries/history-queries.ts): by (txid, id), below the snapshot's xmin. */
export function changeFeedPage(db: DataSource, since: Date | null, page: Page): Promise<PageRows<FeedRow>> {
  return fetchPage(db, {
    ...changeList(db),
    where: `c.txid < pg_snapshot_xmin(pg_current_snapshot())::text::bigint AND ($1::timestamptz IS NULL OR c.at > $1)`,
    params: [since],
  }, page);
}

/** Each record's history in the order its changes committed (its row lock queues them), for many records in one statement. */
export function historyList(db: DataSource, kind: CatalogueRecordKind): KeysetList {
  return { ...changeList(db), where: `c.record_kind = '${kind}' AND c.record_id = parent.id`, order: ['c.id'] };
}

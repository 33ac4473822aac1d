import type { DataSource } from 'typeorm';
import { changeFeedPage as feedPage, changeList, type FeedRow as ChangeFeedRow } from '../common/change-feed';
import type { Page } from '../common/pagination';
import type { KeysetList, PageRows } from '../common/sql-pages';
import { CatalogueChange, type CatalogueRecordKind } from './entities';

/** The catalogue's changes: its feed and each record's history, one statement each. */

export type FeedRow = ChangeFeedRow<CatalogueChange>;

export function changeFeedPage(db: DataSource, since: Date | null, page: Page): Promise<PageRows<FeedRow>> {
  return feedPage<CatalogueChange>(db, changeList(db, 'catalogue.change', CatalogueChange), since, page);
}

/** Each record's history in the order its changes committed (its row lock queues them), for many records in one statement. */
export function historyList(db: DataSource, kind: CatalogueRecordKind): KeysetList {
  return { ...changeList(db, 'catalogue.change', CatalogueChange), where: `c.record_kind = '${kind}' AND c.record_id = parent.id`, order: ['c.id'] };
}

import type { DataSource } from 'typeorm';
import { changeFeedPage as feedPage, changeList, type FeedRow as ChangeFeedRow } from '../common/change-feed';
import type { Page } from '../common/pagination';
import { type KeysetList, type PageRows } from '../common/sql-pages';
import { InquiryChange } from './entities';

/** The changes' feed and histories and the channel trend: one statement each. */

export type FeedRow = ChangeFeedRow<InquiryChange>;

export function changeFeedPage(db: DataSource, since: Date | null, page: Page): Promise<PageRows<FeedRow>> {
  return feedPage<InquiryChange>(db, changeList(db, 'inquiries.change', InquiryChange), since, page);
}

/** Each inquiry's history, in the order its changes committed (its row lock queues them), for many inquiries in one statement. */
export function historyList(db: DataSource): KeysetList {
  return { ...changeList(db, 'inquiries.change', InquiryChange), where: 'c.inquiry_id = parent.id', order: ['c.id'] };
}

export interface ChannelSharePoint {
  period: string;
  links: number;
  paperLinks: number;
  nixLinks: number;
}

export interface TrendFilter {
  unit: 'day' | 'month';
  from: Date | null;
  to: Date | null;
  consumerAgencyId: number | null;
  providerAgencyId: number | null;
  /** Points at most; one more is fetched to tell a range too long. */
  limit: number;
}

/**
 * The links at the end of each period: the ledger's deltas summed up to it (everything before
 * the first period counts into it), in UTC calendar periods. One statement.
 */
export function channelTrend(db: DataSource, filter: TrendFilter): Promise<ChannelSharePoint[]> {
  return db.query(
    `WITH bounds AS (
       SELECT date_trunc($1, coalesce($2::timestamptz, (SELECT min(at) FROM inquiries.link_ledger), now()) AT TIME ZONE 'UTC') AS first,
              date_trunc($1, coalesce($3::timestamptz, now()) AT TIME ZONE 'UTC') AS last,
              ('1 ' || $1)::interval AS step
     ), per AS (
       SELECT greatest(date_trunc($1, l.at AT TIME ZONE 'UTC'), b.first) AS period,
              sum(l.links) AS links, sum(l.paper_links) AS paper, sum(l.nix_links) AS nix
       FROM inquiries.link_ledger l CROSS JOIN bounds b
       WHERE l.at AT TIME ZONE 'UTC' < b.last + b.step
         AND ($4::int IS NULL OR l.consumer_agency_id = $4) AND ($5::int IS NULL OR l.provider_agency_id = $5)
       GROUP BY 1
     )
     SELECT to_char(g.period, 'YYYY-MM-DD') AS period,
            coalesce(sum(p.links) OVER w, 0)::int AS links,
            coalesce(sum(p.paper) OVER w, 0)::int AS "paperLinks",
            coalesce(sum(p.nix) OVER w, 0)::int AS "nixLinks"
     FROM bounds b CROSS JOIN generate_series(b.first, b.last, b.step) AS g(period)
     LEFT JOIN per p ON p.period = g.period
     WINDOW w AS (ORDER BY g.period)
     ORDER BY g.period LIMIT $6`,
    [filter.unit, filter.from, filter.to, filter.consumerAgencyId, filter.providerAgencyId, filter.limit + 1],
  );
}

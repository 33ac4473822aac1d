import type { DataSource } from 'typeorm';
import type { Page } from '../common/pagination';
import { fetchPage, type PageRows } from '../common/sql-pages';
import type { DependencyRow } from './dependency-loaders';

/** The dependency analysis's root lists: one statement each, over the materialised views. */

/** An agency's paper inquiries as a consumer. */
export interface PaperRow {
  id: number;
  links: number;
  paperLinks: number;
  paperServiceCount: number;
}

export interface CriticalProviderRow {
  id: number;
  direct: number;
  total: number;
}

/** The agency network's edges with at least `minLinks` links, heaviest first; cursor [links, consumer, provider]. */
export function agencyDependencyPage(db: DataSource, minLinks: number, page: Page): Promise<PageRows<DependencyRow>> {
  return fetchPage(
    db,
    {
      from: 'inquiries.agency_dependency d',
      columns: `d.consumer_agency_id AS "consumerId", d.provider_agency_id AS "providerId", d.links, d.paper_links AS "paperLinks", d.services`,
      where: 'd.links >= $1',
      params: [minLinks],
      order: ['d.links DESC', 'd.consumer_agency_id', 'd.provider_agency_id'],
    },
    page,
  );
}

/** Consumers by paper links, the most first (cursor [paper links, agency id]), with the links and paper links of all of them. */
export function paperReportPage(db: DataSource, page: Page): Promise<PageRows<PaperRow> & { totals: { links: number; paperLinks: number } }> {
  return fetchPage(
    db,
    {
      from: 'inquiries.consumer_paper',
      columns: 'consumer_agency_id AS id, links, paper_links AS "paperLinks", paper_services AS "paperServiceCount"',
      order: ['paper_links DESC', 'consumer_agency_id'],
      totals: { links: 'coalesce(sum(links), 0)::int', paperLinks: 'coalesce(sum(paper_links), 0)::int' },
    },
    page,
  );
}

/** The `first` providers whose inquiries stop the most services down to `maxDepth`. */
export function criticalProviders(db: DataSource, maxDepth: number, first: number): Promise<CriticalProviderRow[]> {
  return db.query(
    `SELECT provider_agency_id AS id, coalesce(sum(services) FILTER (WHERE depth = 1), 0)::int AS direct, sum(services)::int AS total
     FROM inquiries.provider_reach_count WHERE depth <= $1 GROUP BY provider_agency_id
     ORDER BY total DESC, direct DESC, provider_agency_id LIMIT $2`,
    [maxDepth, first],
  );
}

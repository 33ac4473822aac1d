import type { DataSource } from 'typeorm';
import { Conditions } from '../common/filters';
import { MAX_INT } from '../common/ids';
import type { Page } from '../common/pagination';
import { fetchPage, fetchPagesByParent, type PageRows } from '../common/sql-pages';
import type { InquiryChannel } from './entities';
import type { CriticalProviderRow } from './dependency-queries';
import type { DependencyRow } from './dependency-loaders';

/** The everyday questions' lists: one statement each, over the materialised views. Criteria come checked (ids parsed). */

export type FinderOrder = 'INQUIRY_COUNT_DESC' | 'INQUIRY_COUNT_ASC' | 'PAPER_INQUIRY_COUNT_DESC' | 'PAPER_INQUIRY_COUNT_ASC' | 'NAME';

export interface FinderCriteria {
  agencyId?: number | null;
  channel?: InquiryChannel | null;
  providerId?: number | null;
  minInquiryCount?: number | null;
  maxInquiryCount?: number | null;
}

export interface FinderRow {
  id: number;
  inquiryCount: number;
  paperInquiryCount: number;
  nameRank: number;
}

/** The sort key of each order over `s` (its last column, the service id, makes it total). */
const ORDERS: Record<FinderOrder, string[]> = {
  INQUIRY_COUNT_DESC: ['s.inquiry_count DESC', 's.service_id'],
  INQUIRY_COUNT_ASC: ['s.inquiry_count', 's.service_id'],
  PAPER_INQUIRY_COUNT_DESC: ['s.paper_inquiry_count DESC', 's.service_id'],
  PAPER_INQUIRY_COUNT_ASC: ['s.paper_inquiry_count', 's.service_id'],
  NAME: ['s.name_rank', 's.service_id'],
};

export const finderKey = (order: FinderOrder, row: FinderRow): number[] => {
  const first = { INQUIRY_COUNT_DESC: row.inquiryCount, INQUIRY_COUNT_ASC: row.inquiryCount, PAPER_INQUIRY_COUNT_DESC: row.paperInquiryCount, PAPER_INQUIRY_COUNT_ASC: row.paperInquiryCount, NAME: row.nameRank }[order];
  return [first, row.id];
};

/** The criteria as conditions on `s` (service_id, inquiry_count): membership tests the planner turns into semi-joins. */
function criteria(where: Conditions, filter: FinderCriteria): Conditions {
  return where
    .add('s.service_id IN (SELECT r.service_id FROM inquiries.requirement r WHERE r.consumer_agency_id = ?)', filter.agencyId)
    // PAPER is read off the per-service paper count; the electronic channels need the links.
    .add('(s.paper_inquiry_count > 0) = ?', filter.channel === 'PAPER' ? true : null)
    .add(`s.service_id IN (SELECT l.service_id FROM inquiries.service_link l JOIN inquiries.inquiry i ON i.id = l.inquiry_id WHERE i.channel = ?)`, filter.channel === 'PAPER' ? null : filter.channel)
    .add('s.service_id IN (SELECT p.service_id FROM inquiries.provider_service p WHERE p.provider_agency_id = ?)', filter.providerId)
    .add('s.inquiry_count >= ?', filter.minInquiryCount)
    .add('s.inquiry_count <= ?', filter.maxInquiryCount);
}

const COLUMNS = 's.service_id AS id, s.inquiry_count AS "inquiryCount", s.paper_inquiry_count AS "paperInquiryCount", s.name_rank AS "nameRank"';

/** A service missing from the names' copy sorts after every named one (then by id). */
const UNNAMED_RANK = MAX_INT - 1;

/** The per-service counts; for the NAME order with each service's rank in the names' copy (service-name-queries.ts). */
const SUMMARY = {
  counts: '(SELECT *, 0 AS name_rank FROM inquiries.service_summary) s',
  named: `(SELECT sum.*, coalesce(n.name_rank, ${UNNAMED_RANK}) AS name_rank
           FROM inquiries.service_summary sum LEFT JOIN inquiries.service_name n ON n.service_id = sum.service_id) s`,
};

/** Services needing inquiries that meet the criteria, in `order`. */
export function findServicesPage(db: DataSource, filter: FinderCriteria, order: FinderOrder, page: Page): Promise<PageRows<FinderRow>> {
  const where = criteria(new Conditions(), filter);
  const from = order === 'NAME' ? SUMMARY.named : SUMMARY.counts;
  return fetchPage(db, { from, columns: COLUMNS, where: where.sql, params: where.params, order: ORDERS[order] }, page);
}

/** Services given per parent (a project's, from the gateway), each with its rank by name among them. */
export interface GivenServices {
  parentId: number;
  services: { id: number; nameRank: number }[];
}

/**
 * The same among each parent's given services, a page per parent, in one statement; a service
 * needing no inquiry counts 0 of each.
 */
export function findAmongServicesPages(db: DataSource, given: GivenServices[], filter: FinderCriteria, order: FinderOrder, page: Page): Promise<Map<number, PageRows<FinderRow>>> {
  const rows = given.flatMap(({ parentId, services }) => services.map((service) => [parentId, service.id, service.nameRank]));
  const where = new Conditions();
  // fetchPagesByParent passes the parent ids as $1: the given services are $2..$4, the criteria follow.
  where.params.push(null, rows.map((row) => row[0]), rows.map((row) => row[1]), rows.map((row) => row[2]));
  criteria(where, filter);
  const conditions = ['s.parent_id = parent.id', where.sql].filter(Boolean).join(' AND ');
  const from = `(SELECT given.parent_id, given.service_id, given.name_rank, coalesce(sum.inquiry_count, 0) AS inquiry_count, coalesce(sum.paper_inquiry_count, 0) AS paper_inquiry_count
                 FROM unnest($2::int[], $3::int[], $4::int[]) AS given(parent_id, service_id, name_rank)
                 LEFT JOIN inquiries.service_summary sum ON sum.service_id = given.service_id) s`;
  return fetchPagesByParent(db, given.map((parent) => parent.parentId), { from, columns: COLUMNS, where: conditions, params: where.params.slice(1), order: ORDERS[order] }, page);
}

/** The whole critical-provider ranking down to `maxDepth`, a page of it; cursor [total, direct, agency id]. */
export function criticalProviderPage(db: DataSource, maxDepth: number, page: Page): Promise<PageRows<CriticalProviderRow>> {
  return fetchPage(
    db,
    {
      from: `(SELECT provider_agency_id AS id, coalesce(sum(services) FILTER (WHERE depth = 1), 0)::int AS direct, sum(services)::int AS total
              FROM inquiries.provider_reach_count WHERE depth <= $1 GROUP BY provider_agency_id) r`,
      columns: 'r.id, r.direct, r.total',
      params: [maxDepth],
      order: ['r.total DESC', 'r.direct DESC', 'r.id'],
    },
    page,
  );
}

/** Every edge of the agency network with at least `minLinks` links, heaviest first. */
export function agencyNetworkEdges(db: DataSource, minLinks: number): Promise<DependencyRow[]> {
  return db.query(
    `SELECT d.consumer_agency_id AS "consumerId", d.provider_agency_id AS "providerId", d.links, d.paper_links AS "paperLinks", d.services
     FROM inquiries.agency_dependency d WHERE d.links >= $1
     ORDER BY d.links DESC, d.consumer_agency_id, d.provider_agency_id`,
    [minLinks],
  );
}

export interface AgencyInquirySummaryRow {
  id: number;
  inquiriesNeeded: number;
  links: number;
  paperLinks: number;
  servicesNeedingInquiries: number;
  inquiriesProvided: number;
  paperInquiriesProvided: number;
  dependentServices: number;
}

/** Each agency's inquiry figures, as a consumer and as a provider. */
export function agencyInquirySummaries(db: DataSource, agencyIds: number[]): Promise<AgencyInquirySummaryRow[]> {
  return db.query(
    `SELECT a.id, needs."inquiriesNeeded", needs."servicesNeedingInquiries",
            coalesce(cp.links, 0) AS links, coalesce(cp.paper_links, 0) AS "paperLinks",
            provided."inquiriesProvided", provided."paperInquiriesProvided",
            (SELECT count(*)::int FROM inquiries.provider_service p WHERE p.provider_agency_id = a.id) AS "dependentServices"
     FROM unnest($1::int[]) AS a(id)
     LEFT JOIN inquiries.consumer_paper cp ON cp.consumer_agency_id = a.id
     CROSS JOIN LATERAL (
       SELECT count(DISTINCT r.inquiry_id)::int AS "inquiriesNeeded", count(DISTINCT r.service_id)::int AS "servicesNeedingInquiries"
       FROM inquiries.requirement r WHERE r.consumer_agency_id = a.id
     ) needs
     CROSS JOIN LATERAL (
       SELECT count(*)::int AS "inquiriesProvided", (count(*) FILTER (WHERE i.channel = 'PAPER'))::int AS "paperInquiriesProvided"
       FROM inquiries.inquiry i WHERE i.provider_agency_id = a.id
     ) provided`,
    [agencyIds],
  );
}

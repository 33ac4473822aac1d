import type { DataSource } from 'typeorm';
import type { Page } from '../common/pagination';
import { entityPage } from '../common/rows';
import { fetchPage, type PageRows } from '../common/sql-pages';
import { Inquiry, type InquiryChannel } from './entities';
import type { ServiceSummary } from './loaders';

/** The inquiries subgraph's root lists and figures: one statement each. Filters come checked (ids parsed, search as a LIKE pattern). */

export interface InquiryFilter {
  providerId?: number | null;
  channel?: InquiryChannel | null;
  searchPattern?: string | null;
}

export interface InquiryStats {
  inquiries: number;
  links: number;
  paperLinks: number;
}

export function inquiryPage(db: DataSource, filter: InquiryFilter, page: Page): Promise<PageRows<Inquiry>> {
  const filters: [string, unknown][] = [
    ['x.provider_agency_id = ?', filter.providerId],
    ['x.channel = ?', filter.channel],
    ['x.search_text LIKE ?', filter.searchPattern],
  ];
  return entityPage(db, Inquiry, filters, page);
}

/** Services needing more than `moreThan` distinct inquiries, the most first; cursor [inquiry count, service id]. */
export function servicesByInquiryCountPage(db: DataSource, moreThan: number, page: Page): Promise<PageRows<ServiceSummary & { id: number }>> {
  return fetchPage(
    db,
    {
      from: 'inquiries.service_summary',
      columns: 'service_id AS id, inquiry_count AS "inquiryCount", paper_inquiry_count AS "paperInquiryCount"',
      where: 'inquiry_count > $1',
      params: [moreThan],
      order: ['inquiry_count DESC', 'service_id'],
    },
    page,
  );
}

export async function inquiryStats(db: DataSource): Promise<InquiryStats> {
  const [stats] = await db.query(`
    SELECT (SELECT count(*)::int FROM inquiries.inquiry) AS inquiries,
           coalesce(sum(inquiry_count), 0)::int AS links,
           coalesce(sum(paper_inquiry_count), 0)::int AS "paperLinks"
    FROM inquiries.service_summary`);
  return stats;
}


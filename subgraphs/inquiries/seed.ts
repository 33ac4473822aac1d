import type { QueryRunner } from 'typeorm';
import { searchKey } from '../../lib/persian';
import { bulkInsert } from '../common/bulk-insert';
import type { InquiryChannel } from './entities';

/** The inquiries subgraph's seed rows, one array per table. */
export interface InquiriesData {
  inquiries: InquiryRow[];
  requirements: RequirementRow[];
}

export interface InquiryRow {
  id: number;
  code: string;
  nameFa: string;
  nameEn: string | null;
  providerAgencyId: number;
  channel: InquiryChannel;
  /** The provider's own service through which it answers, whose process needs inquiries of its own; null where none. */
  answeredByServiceId: number | null;
  generated: boolean;
}

/** "Service S (or its sub-service) needs inquiry I". The consumer agency is the service's agency. */
export interface RequirementRow {
  serviceId: number;
  subServiceId: number | null;
  inquiryId: number;
  consumerAgencyId: number;
}

/** Replaces the inquiries and links with `data` and refreshes what is derived from them, inside the caller's transaction. */
export async function writeInquiriesSeed(runner: QueryRunner, data: InquiriesData): Promise<void> {
  await runner.query('TRUNCATE inquiries.requirement, inquiries.inquiry');
  await bulkInsert(runner, 'inquiries.inquiry', [
    ['id', 'int', (row) => row.id],
    ['code', 'text', (row) => row.code],
    ['name_fa', 'text', (row) => row.nameFa],
    ['name_en', 'text', (row) => row.nameEn],
    ['name_key', 'text', (row) => searchKey(row.nameFa)],
    ['search_text', 'text', (row) => [row.nameFa, row.nameEn ?? '', row.code].map(searchKey).join('|')],
    ['provider_agency_id', 'int', (row) => row.providerAgencyId],
    ['channel', 'text', (row) => row.channel],
    ['answered_by_service_id', 'int', (row) => row.answeredByServiceId],
    ['generated', 'boolean', (row) => row.generated],
  ], data.inquiries);
  await bulkInsert(runner, 'inquiries.requirement', [
    ['service_id', 'int', (row) => row.serviceId],
    ['sub_service_id', 'int', (row) => row.subServiceId],
    ['inquiry_id', 'int', (row) => row.inquiryId],
    ['consumer_agency_id', 'int', (row) => row.consumerAgencyId],
  ], data.requirements);
  // Statistics of each freshly loaded relation before the next statement reads it: without them the planner
  // guesses tiny tables and, at scale 100, the DISTINCT joins below run for minutes instead of seconds.
  await runner.query('ANALYZE inquiries.inquiry, inquiries.requirement');
  await runner.query('REFRESH MATERIALIZED VIEW inquiries.service_link');
  await runner.query('ANALYZE inquiries.service_link');
  await runner.query('REFRESH MATERIALIZED VIEW inquiries.service_summary');
  await runner.query('REFRESH MATERIALIZED VIEW inquiries.provider_service');
  // Fresh statistics before the recursive provider_reach is planned, and for the API's first queries.
  await runner.query('ANALYZE inquiries.service_summary, inquiries.provider_service');
  // The dependency analysis's views, in the order each reads the one before.
  const views = ['agency_dependency', 'paper_service', 'consumer_paper', 'provider_reach', 'provider_reach_count'];
  for (const view of views) await runner.query(`REFRESH MATERIALIZED VIEW inquiries.${view}`);
  await runner.query(`ANALYZE ${views.map((view) => `inquiries.${view}`).join(', ')}`);
}

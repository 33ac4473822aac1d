import type { QueryRunner } from 'typeorm';
import { searchKey } from '../../lib/persian';
import { bulkInsert } from '../common/bulk-insert';
import { channelLedgerSql } from './changes';
import { rebuildDerivedTables } from './derived-queries';
import type { InquiryChannel } from './entities';

/** The inquiries subgraph's seed rows, one array per table. */
export interface InquiriesData {
  inquiries: InquiryRow[];
  requirements: RequirementRow[];
  /** Where the generated history starts: the records' creation, the ledger's first entry. */
  historyStart: string;
  /** The generated history of the channels, oldest first; it ends at the inquiries' channels. */
  history: ChannelChangeRow[];
}

/** One generated channel change (marked `generated`): inquiry, when, from which channel to which. */
export interface ChannelChangeRow {
  inquiryId: number;
  at: string;
  from: InquiryChannel;
  to: InquiryChannel;
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

/** Replaces the inquiries and links with `data` and rebuilds what is derived from them, inside the caller's transaction. */
export async function writeInquiriesSeed(runner: QueryRunner, data: InquiriesData): Promise<void> {
  await runner.query('TRUNCATE inquiries.link_ledger, inquiries.change, inquiries.idempotency_key, inquiries.requirement, inquiries.inquiry RESTART IDENTITY');
  const changesOf = new Map<number, ChannelChangeRow[]>();
  for (const change of data.history) changesOf.set(change.inquiryId, [...(changesOf.get(change.inquiryId) ?? []), change]);
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
    ['version', 'int', (row) => 1 + (changesOf.get(row.id)?.length ?? 0)],
    ['created_at', 'timestamptz', () => data.historyStart],
    ['updated_at', 'timestamptz', (row) => changesOf.get(row.id)?.at(-1)?.at ?? data.historyStart],
  ], data.inquiries);
  const providerOf = new Map(data.inquiries.map((row) => [row.id, row.providerAgencyId]));
  await bulkInsert(runner, 'inquiries.change', [
    ['at', 'timestamptz', (row) => row.at],
    ['record_kind', 'text', () => 'INQUIRY'],
    ['action', 'text', () => 'SET_CHANNEL'],
    ['inquiry_id', 'int', (row) => row.inquiryId],
    ['subject', 'text', () => 'seed'],
    ['agency_id', 'int', (row) => providerOf.get(row.inquiryId)],
    ['before', 'jsonb', (row) => JSON.stringify({ channel: row.from })],
    ['after', 'jsonb', (row) => JSON.stringify({ channel: row.to })],
    ['generated', 'boolean', () => true],
  ], data.history);
  await bulkInsert(runner, 'inquiries.requirement', [
    ['service_id', 'int', (row) => row.serviceId],
    ['sub_service_id', 'int', (row) => row.subServiceId],
    ['inquiry_id', 'int', (row) => row.inquiryId],
    ['consumer_agency_id', 'int', (row) => row.consumerAgencyId],
  ], data.requirements);
  // Statistics of each freshly loaded relation before the next statement reads it: without them the planner
  // guesses tiny tables and, at scale 100, the DISTINCT joins below run for minutes instead of seconds (the rebuild analyses each table it fills).
  await runner.query('ANALYZE inquiries.inquiry, inquiries.requirement');
  await rebuildDerivedTables(runner);
  // The reach, recursive, stays a materialized view.
  await runner.query('REFRESH MATERIALIZED VIEW inquiries.provider_reach');
  await runner.query('REFRESH MATERIALIZED VIEW inquiries.provider_reach_count');
  await runner.query('ANALYZE inquiries.provider_reach, inquiries.provider_reach_count');
  await writeLedger(runner, data.historyStart);
}

/**
 * The link ledger the channel trend sums: the links as they stood at the history's start (each
 * inquiry on the channel its first change leaves), then what each generated change did.
 */
async function writeLedger(runner: QueryRunner, start: string): Promise<void> {
  const first = (channel: InquiryChannel) => `(count(*) FILTER (WHERE coalesce(f.channel, i.channel) = '${channel}'))::int`;
  await runner.query(
    `WITH f AS (SELECT DISTINCT ON (inquiry_id) inquiry_id, before->>'channel' AS channel FROM inquiries.change ORDER BY inquiry_id, id)
     INSERT INTO inquiries.link_ledger (change_id, at, consumer_agency_id, provider_agency_id, links, paper_links, nix_links, generated)
     SELECT NULL, $1, l.consumer_agency_id, i.provider_agency_id, count(*)::int, ${first('PAPER')}, ${first('NIX')}, true
     FROM inquiries.service_link l JOIN inquiries.inquiry i ON i.id = l.inquiry_id LEFT JOIN f ON f.inquiry_id = i.id
     GROUP BY l.consumer_agency_id, i.provider_agency_id`,
    [start],
  );
  await runner.query(channelLedgerSql('inquiries.service_link', 'c.generated'));
  await runner.query('ANALYZE inquiries.change, inquiries.link_ledger');
}

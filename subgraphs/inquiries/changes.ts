import type { EntityManager } from 'typeorm';
import { searchKey } from '../../lib/persian';
import { entityColumns } from '../common/columns';
import { insertHistoryEntry } from '../common/writes/history';
import type { ChangeAuthor } from '../common/writes/run';
import { Inquiry, InquiryChange, type InquiryChangeAction, type InquiryChannel, type InquiryRecordKind } from './entities';

/** The statements of the inquiries' writes, each in the write's transaction `tx` (writes.ts runs them in order). */

export interface NewChange {
  recordKind: InquiryRecordKind;
  action: InquiryChangeAction;
  inquiryId: number;
  serviceId: number | null;
  before: unknown;
  after: unknown;
}

const inquiryColumns = (tx: EntityManager) => entityColumns(tx.connection, Inquiry, 'x');

/** The inquiry, its row locked until commit (every write to it or to its links queues here), or null. */
export async function lockInquiry(tx: EntityManager, id: number): Promise<Inquiry | null> {
  const [row] = await tx.query(`SELECT ${inquiryColumns(tx)} FROM inquiries.inquiry x WHERE x.id = $1 FOR UPDATE`, [id]);
  return row ?? null;
}

export async function updateChannel(tx: EntityManager, id: number, channel: InquiryChannel): Promise<Inquiry> {
  const [[row]] = await tx.query(
    `UPDATE inquiries.inquiry x SET channel = $2, version = version + 1, updated_at = now() WHERE x.id = $1 RETURNING ${inquiryColumns(tx)}`,
    [id, channel],
  );
  return row;
}

/** Renames the inquiry; null when another inquiry already has the name (the same key once spelling is ignored). */
export async function updateName(tx: EntityManager, id: number, nameFa: string, nameEn: string | null, code: string): Promise<Inquiry | null> {
  const key = searchKey(nameFa);
  const [taken] = await tx.query(`SELECT 1 FROM inquiries.inquiry WHERE name_key = $1 AND id <> $2`, [key, id]);
  if (taken) return null;
  const [[row]] = await tx.query(
    `UPDATE inquiries.inquiry x SET name_fa = $2, name_en = $3, name_key = $4, search_text = $5, version = version + 1, updated_at = now()
     WHERE x.id = $1 RETURNING ${inquiryColumns(tx)}`,
    [id, nameFa, nameEn, key, [nameFa, nameEn ?? '', code].map(searchKey).join('|')],
  );
  return row;
}

/** The agency delivering the service, as its links tell it; null when this subgraph knows no link of it. */
export async function serviceAgency(tx: EntityManager, serviceId: number): Promise<number | null> {
  const [row] = await tx.query(`SELECT consumer_agency_id AS "agencyId" FROM inquiries.requirement WHERE service_id = $1 LIMIT 1`, [serviceId]);
  return row ? row.agencyId : null;
}

/** The sub-services through which the service needs the inquiry (null: the service itself); empty when it does not. */
export async function needsOf(tx: EntityManager, serviceId: number, inquiryId: number): Promise<(number | null)[]> {
  const rows: { subServiceId: number | null }[] = await tx.query(
    `SELECT sub_service_id AS "subServiceId" FROM inquiries.requirement WHERE service_id = $1 AND inquiry_id = $2 ORDER BY sub_service_id NULLS FIRST`,
    [serviceId, inquiryId],
  );
  return rows.map((row) => row.subServiceId);
}

export async function insertNeed(tx: EntityManager, serviceId: number, inquiryId: number, consumerAgencyId: number): Promise<void> {
  await tx.query(`INSERT INTO inquiries.requirement (service_id, inquiry_id, consumer_agency_id) VALUES ($1, $2, $3)`, [serviceId, inquiryId, consumerAgencyId]);
}

/** Retires the need at every level: the service's own and its sub-services'. */
export async function deleteNeeds(tx: EntityManager, serviceId: number, inquiryId: number): Promise<void> {
  await tx.query(`DELETE FROM inquiries.requirement WHERE service_id = $1 AND inquiry_id = $2`, [serviceId, inquiryId]);
}

export function insertChange(tx: EntityManager, author: ChangeAuthor, change: NewChange): Promise<InquiryChange> {
  return insertHistoryEntry(tx, 'inquiries.change', InquiryChange, author, change, { inquiry_id: change.inquiryId, service_id: change.serviceId });
}

/**
 * What channel changes did to the links' counts, per consumer and provider agency: `links` is
 * the distinct (service, inquiry, consumer agency) rows the inquiries are needed by as they
 * stand now (service_link, which every write of a need keeps up to date in its own transaction).
 */
export function channelLedgerSql(links: string, changes: string): string {
  const is = (side: 'before' | 'after', channel: InquiryChannel) => `(coalesce(c.${side}->>'channel', '') = '${channel}')::int`;
  return `
    INSERT INTO inquiries.link_ledger (change_id, at, consumer_agency_id, provider_agency_id, links, paper_links, nix_links, generated)
    SELECT c.id, c.at, l.consumer_agency_id, i.provider_agency_id, 0,
           count(*)::int * (${is('after', 'PAPER')} - ${is('before', 'PAPER')}),
           count(*)::int * (${is('after', 'NIX')} - ${is('before', 'NIX')}),
           c.generated
    FROM inquiries.change c
    JOIN inquiries.inquiry i ON i.id = c.inquiry_id
    JOIN ${links} l ON l.inquiry_id = c.inquiry_id
    WHERE c.action = 'SET_CHANNEL' AND ${changes}
    GROUP BY c.id, c.at, c.before, c.after, c.generated, l.consumer_agency_id, i.provider_agency_id`;
}

export async function ledgerOfChannelChange(tx: EntityManager, changeId: string): Promise<void> {
  await tx.query(channelLedgerSql('inquiries.service_link', 'c.id = $1'), [changeId]);
}

/** One link more (+1) or fewer (-1) between the consumer and the inquiry's provider, counted by the inquiry's channel. */
export async function ledgerOfLinkChange(tx: EntityManager, change: InquiryChange, inquiry: Inquiry, consumerAgencyId: number, sign: 1 | -1): Promise<void> {
  await tx.query(
    `INSERT INTO inquiries.link_ledger (change_id, at, consumer_agency_id, provider_agency_id, links, paper_links, nix_links) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [change.id, change.at, consumerAgencyId, inquiry.providerAgencyId, sign, inquiry.channel === 'PAPER' ? sign : 0, inquiry.channel === 'NIX' ? sign : 0],
  );
}

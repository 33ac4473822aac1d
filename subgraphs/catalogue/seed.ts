import type { QueryRunner } from 'typeorm';
import { searchKey } from '../../lib/persian';
import { bulkInsert } from '../common/bulk-insert';
import type { StepMode, WindowConnection } from './entities';

/** The catalogue's seed rows, one array per table; ids are positive integers stable for a given scale. */
export interface CatalogueData {
  agencies: AgencyRow[];
  assessments: AssessmentRow[];
  services: ServiceRow[];
  subServices: SubServiceRow[];
  /** When the seeded records were created: the start of the seed's generated history. */
  historyStart: string;
}

export interface AgencyRow {
  id: number;
  code: string;
  nameFa: string;
  nameEn: string | null;
  insideGovernment: boolean;
  windowConnection: WindowConnection;
  /** False for the agencies exempt from connecting to the national window, or not yet obliged (NOT_CONNECTED). */
  obligedToConnect: boolean;
  generated: boolean;
}

export interface AssessmentRow {
  agencyId: number;
  round: number;
  period: string;
  overall: number;
  webPresence: number | null;
  interaction: number | null;
  transaction: number | null;
  integration: number | null;
  participation: number | null;
}

export interface ServiceRow {
  id: number;
  code: string;
  agencyId: number;
  nameFa: string;
  nameEn: string | null;
  isLicense: boolean;
  receipt: StepMode;
  processing: StepMode;
  delivery: StepMode;
  generated: boolean;
}

export interface SubServiceRow {
  id: number;
  code: string;
  serviceId: number;
  nameFa: string;
  nameEn: string | null;
  generated: boolean;
}

const searchText = (row: { nameFa: string; nameEn: string | null; code: string }) =>
  [row.nameFa, row.nameEn ?? '', row.code].map(searchKey).join('|');

/** Replaces the catalogue's rows with `data`, inside the caller's transaction. */
export async function writeCatalogueSeed(runner: QueryRunner, data: CatalogueData): Promise<void> {
  await runner.query('TRUNCATE catalogue.change, catalogue.idempotency_key, catalogue.sub_service, catalogue.service, catalogue.assessment, catalogue.agency RESTART IDENTITY');
  const stamps: [string, string, () => string][] = [
    ['created_at', 'timestamptz', () => data.historyStart],
    ['updated_at', 'timestamptz', () => data.historyStart],
  ];
  await bulkInsert(runner, 'catalogue.agency', [
    ['id', 'int', (row) => row.id],
    ['code', 'text', (row) => row.code],
    ['name_fa', 'text', (row) => row.nameFa],
    ['name_en', 'text', (row) => row.nameEn],
    ['name_key', 'text', (row) => searchKey(row.nameFa)],
    ['search_text', 'text', searchText],
    ['inside_government', 'boolean', (row) => row.insideGovernment],
    ['window_connection', 'text', (row) => row.windowConnection],
    ['obliged_to_connect', 'boolean', (row) => row.obligedToConnect],
    ['generated', 'boolean', (row) => row.generated],
    ...stamps,
  ], data.agencies);
  await bulkInsert(runner, 'catalogue.assessment', [
    ['agency_id', 'int', (row) => row.agencyId],
    ['round', 'smallint', (row) => row.round],
    ['period', 'text', (row) => row.period],
    ['overall', 'float8', (row) => row.overall],
    ['web_presence', 'float8', (row) => row.webPresence],
    ['interaction', 'float8', (row) => row.interaction],
    ['transaction', 'float8', (row) => row.transaction],
    ['integration', 'float8', (row) => row.integration],
    ['participation', 'float8', (row) => row.participation],
    ...stamps,
  ], data.assessments);
  await bulkInsert(runner, 'catalogue.service', [
    ['id', 'int', (row) => row.id],
    ['code', 'text', (row) => row.code],
    ['agency_id', 'int', (row) => row.agencyId],
    ['name_fa', 'text', (row) => row.nameFa],
    ['name_en', 'text', (row) => row.nameEn],
    ['search_text', 'text', searchText],
    ['is_license', 'boolean', (row) => row.isLicense],
    ['receipt', 'text', (row) => row.receipt],
    ['processing', 'text', (row) => row.processing],
    ['delivery', 'text', (row) => row.delivery],
    ['generated', 'boolean', (row) => row.generated],
    ...stamps,
  ], data.services);
  await bulkInsert(runner, 'catalogue.sub_service', [
    ['id', 'int', (row) => row.id],
    ['code', 'text', (row) => row.code],
    ['service_id', 'int', (row) => row.serviceId],
    ['name_fa', 'text', (row) => row.nameFa],
    ['name_en', 'text', (row) => row.nameEn],
    ['generated', 'boolean', (row) => row.generated],
    ...stamps,
  ], data.subServices);
}

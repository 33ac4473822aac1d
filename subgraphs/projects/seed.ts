import type { QueryRunner } from 'typeorm';
import { bulkInsert } from '../common/bulk-insert';
import type { ProjectRole, TicketStatus } from './entities';

/** The projects subgraph's seed rows, one array per table. */
export interface ProjectsData {
  projects: ProjectRow[];
  projectAgencies: ProjectAgencyRow[];
  projectServices: ProjectServiceRow[];
  projectSubServices: ProjectSubServiceRow[];
  reports: ProgressReportRow[];
  tickets: TicketRow[];
}

export interface ProjectRow {
  id: number;
  number: number;
  nameFa: string | null;
  nameEn: string | null;
  deadline: string; // ISO date
  deadlineJalali: string;
  leadAgencyId: number;
}

export interface ProjectAgencyRow {
  projectId: number;
  agencyId: number;
  role: ProjectRole;
}

export interface ProjectServiceRow {
  projectId: number;
  serviceId: number;
}

export interface ProjectSubServiceRow {
  projectId: number;
  subServiceId: number;
}

export interface ProgressReportRow {
  projectId: number;
  progress: number;
  note: string | null;
  reportedAt: string; // ISO timestamp
  reportedBy: string;
  agencyId: number;
}

export interface TicketRow {
  projectId: number;
  title: string;
  body: string | null;
  status: TicketStatus;
  openedAt: string;
  openedBy: string;
  resolution: string | null;
}

/** Replaces the projects and everything hanging off them with `data`, inside the caller's transaction. */
export async function writeProjectsSeed(runner: QueryRunner, data: ProjectsData): Promise<void> {
  await runner.query(`TRUNCATE projects.audit_log, projects.idempotency_key, projects.ticket, projects.progress_report, projects.project_sub_service,
    projects.project_service, projects.project_agency, projects.project RESTART IDENTITY`);
  await bulkInsert(runner, 'projects.project', [
    ['id', 'int', (row) => row.id],
    ['number', 'smallint', (row) => row.number],
    ['name_fa', 'text', (row) => row.nameFa],
    ['name_en', 'text', (row) => row.nameEn],
    ['deadline', 'date', (row) => row.deadline],
    ['deadline_jalali', 'text', (row) => row.deadlineJalali],
    ['lead_agency_id', 'int', (row) => row.leadAgencyId],
  ], data.projects);
  await bulkInsert(runner, 'projects.project_agency', [
    ['project_id', 'int', (row) => row.projectId],
    ['agency_id', 'int', (row) => row.agencyId],
    ['role', 'text', (row) => row.role],
  ], data.projectAgencies);
  await bulkInsert(runner, 'projects.project_service', [
    ['service_id', 'int', (row) => row.serviceId],
    ['project_id', 'int', (row) => row.projectId],
  ], data.projectServices);
  await bulkInsert(runner, 'projects.project_sub_service', [
    ['sub_service_id', 'int', (row) => row.subServiceId],
    ['project_id', 'int', (row) => row.projectId],
  ], data.projectSubServices);
  await bulkInsert(runner, 'projects.progress_report', [
    ['project_id', 'int', (row) => row.projectId],
    ['progress', 'float8', (row) => row.progress],
    ['note', 'text', (row) => row.note],
    ['reported_at', 'timestamptz', (row) => row.reportedAt],
    ['reported_by', 'text', (row) => row.reportedBy],
    ['agency_id', 'int', (row) => row.agencyId],
  ], data.reports);
  await bulkInsert(runner, 'projects.ticket', [
    ['project_id', 'int', (row) => row.projectId],
    ['title', 'text', (row) => row.title],
    ['body', 'text', (row) => row.body],
    ['status', 'text', (row) => row.status],
    ['opened_at', 'timestamptz', (row) => row.openedAt],
    ['opened_by', 'text', (row) => row.openedBy],
    ['resolution', 'text', (row) => row.resolution],
  ], data.tickets);
}

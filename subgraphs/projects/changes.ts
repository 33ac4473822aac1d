import type { EntityManager } from 'typeorm';
import { entityColumns } from '../common/columns';
import { ProgressReport, Ticket } from './entities';
import { selectProjects, type ProjectWithProgress } from './queries';

/** The statements of the projects' writes, each in the write's transaction `tx` (writes.ts runs them in order). */

export interface NewReport {
  projectId: number;
  progress: number;
  note: string | null;
  reportedBy: string;
  agencyId: number;
}

export interface NewTicket {
  projectId: number;
  title: string;
  body: string | null;
  openedBy: string;
}

export async function insertReport(tx: EntityManager, report: NewReport): Promise<ProgressReport> {
  const [row] = await tx.query(
    `INSERT INTO projects.progress_report AS x (project_id, progress, note, reported_by, agency_id) VALUES ($1, $2, $3, $4, $5)
     RETURNING ${entityColumns(tx.connection, ProgressReport, 'x')}`,
    [report.projectId, report.progress, report.note, report.reportedBy, report.agencyId],
  );
  return row;
}

export async function insertTicket(tx: EntityManager, ticket: NewTicket): Promise<Ticket> {
  const [row] = await tx.query(
    `INSERT INTO projects.ticket AS x (project_id, title, body, status, opened_by) VALUES ($1, $2, $3, 'OPEN', $4)
     RETURNING ${entityColumns(tx.connection, Ticket, 'x')}`,
    [ticket.projectId, ticket.title, ticket.body, ticket.openedBy],
  );
  return row;
}

/** The project a ticket belongs to, or null when there is no such ticket. */
export async function projectOfTicket(tx: EntityManager, ticketId: number): Promise<number | null> {
  const [row] = await tx.query(`SELECT project_id AS "projectId" FROM projects.ticket WHERE id = $1`, [ticketId]);
  return row ? row.projectId : null;
}

/** Resolves the ticket if it is open: the resolved ticket, or null when it was not open. */
export async function resolveOpenTicket(tx: EntityManager, ticketId: number, resolution: string, resolvedBy: string): Promise<Ticket | null> {
  const [[row]] = await tx.query(
    `UPDATE projects.ticket x SET status = 'RESOLVED', resolution = $2, resolved_at = now(), resolved_by = $3
     WHERE id = $1 AND status = 'OPEN' RETURNING ${entityColumns(tx.connection, Ticket, 'x')}`,
    [ticketId, resolution, resolvedBy],
  );
  return row ?? null;
}

/** The agencies of a project, or null when there is no such project. */
export async function agenciesOfProject(tx: EntityManager, projectId: number): Promise<number[] | null> {
  const rows: { agencyId: number | null }[] = await tx.query(
    `SELECT pa.agency_id AS "agencyId" FROM projects.project p LEFT JOIN projects.project_agency pa ON pa.project_id = p.id WHERE p.id = $1`,
    [projectId],
  );
  if (rows.length === 0) return null;
  return rows.flatMap((row) => (row.agencyId === null ? [] : [row.agencyId]));
}

/** Adds one to the project's version when it is `expected` (or `expected` is null), locking the row until commit; false when it was not. */
export async function bumpProjectVersion(tx: EntityManager, projectId: number, expected: number | null): Promise<boolean> {
  const [rows] = await tx.query(
    `UPDATE projects.project SET version = version + 1 WHERE id = $1 AND ($2::int IS NULL OR version = $2) RETURNING version`,
    [projectId, expected],
  );
  return rows.length > 0;
}

export async function projectVersion(tx: EntityManager, projectId: number): Promise<number> {
  const [row] = await tx.query(`SELECT version FROM projects.project WHERE id = $1`, [projectId]);
  return row.version;
}

/** The project as the write sees it, with its progress. */
export async function projectState(tx: EntityManager, projectId: number): Promise<ProjectWithProgress> {
  const [row] = await tx.query(selectProjects(tx.connection, { where: 'p.id = $1' }), [projectId]);
  return row;
}

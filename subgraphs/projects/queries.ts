import type { DataSource } from 'typeorm';
import { entityColumns } from '../common/columns';
import { Project } from './entities';

/** The projects subgraph's root queries and figures, and the SELECT of projects that its loaders and writes share. */

/** A project with its progress: the latest report's, 0 when there is none. */
export type ProjectWithProgress = Project & { progress: number };

/** SELECT of projects with their latest progress; `join` and `where` narrow it, `extra` adds owner columns. */
export function selectProjects(db: DataSource, { extra = '', join = '', where = 'true', order = 'p.number' } = {}): string {
  return `
    SELECT ${extra} ${entityColumns(db, Project, 'p')}, coalesce(latest.progress, 0)::float8 AS progress
    FROM projects.project p ${join}
    LEFT JOIN LATERAL (
      SELECT r.progress FROM projects.progress_report r WHERE r.project_id = p.id
      ORDER BY r.reported_at DESC, r.id DESC LIMIT 1
    ) latest ON true
    WHERE ${where} ORDER BY ${order}`;
}

/** The project numbered `number`, or null. */
export async function projectByNumber(db: DataSource, number: number): Promise<ProjectWithProgress | null> {
  const [row] = await db.query(selectProjects(db, { where: 'p.number = $1::int' }), [number]);
  return row ?? null;
}

/** Every project, by number; only those `agencyId` takes part in when it is given. */
export function projectsOf(db: DataSource, agencyId: number | null): Promise<ProjectWithProgress[]> {
  return agencyId === null
    ? db.query(selectProjects(db))
    : db.query(selectProjects(db, { where: 'EXISTS (SELECT 1 FROM projects.project_agency pa WHERE pa.project_id = p.id AND pa.agency_id = $1)' }), [agencyId]);
}

export interface ProjectStats {
  projects: number;
  services: number;
  subServices: number;
  agencies: number;
}

export async function projectStats(db: DataSource): Promise<ProjectStats> {
  const [stats] = await db.query(`
    SELECT (SELECT count(*)::int FROM projects.project) AS projects,
           (SELECT count(*)::int FROM projects.project_service) AS services,
           (SELECT count(*)::int FROM projects.project_sub_service) AS "subServices",
           (SELECT count(DISTINCT agency_id)::int FROM projects.project_agency) AS agencies`);
  return stats;
}

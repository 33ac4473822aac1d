import type { DataSource } from 'typeorm';
import type { Metrics } from '../../lib/metrics';
import { entityColumns } from '../common/columns';
import { listLoader, rowLoader } from '../common/loaders';
import { auditPagesLoader } from './audit';
import { ProgressReport, Project, Ticket } from './entities';

export type ProjectsLoaders = ReturnType<typeof createProjectsLoaders>;

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

export function createProjectsLoaders(db: DataSource, metrics: Metrics) {
  const idsOf = (table: string, column: string) =>
    listLoader<number, { projectId: number; id: number }>(
      metrics,
      (projectIds) =>
        db.query(`SELECT project_id AS "projectId", ${column} AS id FROM ${table} WHERE project_id = ANY($1) ORDER BY 1, 2`, [projectIds]),
      (row) => row.projectId,
    );
  const ownerOf = (table: string, column: string) =>
    rowLoader<number, ProjectWithProgress & { ownedId: number }>(
      metrics,
      (ids) => db.query(selectProjects(db, { extra: `o.${column} AS "ownedId",`, join: `JOIN ${table} o ON o.project_id = p.id`, where: `o.${column} = ANY($1)` }), [ids]),
      (row) => row.ownedId,
    );

  return {
    project: rowLoader<number, ProjectWithProgress>(metrics, (ids) => db.query(selectProjects(db, { where: 'p.id = ANY($1)' }), [ids]), (row) => row.id),

    projectsOfAgency: listLoader<number, ProjectWithProgress & { agencyId: number }>(
      metrics,
      (agencyIds) =>
        db.query(
          selectProjects(db, {
            extra: 'pa.agency_id AS "agencyId",',
            join: 'JOIN projects.project_agency pa ON pa.project_id = p.id',
            where: 'pa.agency_id = ANY($1)',
            order: 'pa.agency_id, p.number',
          }),
          [agencyIds],
        ),
      (row) => row.agencyId,
    ),

    agenciesOfProject: idsOf('projects.project_agency', 'agency_id'),
    servicesOfProject: idsOf('projects.project_service', 'service_id'),
    subServicesOfProject: idsOf('projects.project_sub_service', 'sub_service_id'),
    projectOfService: ownerOf('projects.project_service', 'service_id'),
    /**
     * The projects owning any service of each set (an impact's services, thousands at scale), by number:
     * one statement returns each set's few projects, not a project row per owned service.
     */
    projectsOwningAny: listLoader<number[], ProjectWithProgress & { set: number[] }>(
      metrics,
      async (sets) => {
        const rows: (ProjectWithProgress & { setIndex: number })[] = await db.query(
          selectProjects(db, {
            extra: 'hit.set_index AS "setIndex",',
            join: `JOIN (SELECT DISTINCT t.set_index, o.project_id FROM unnest($1::int[], $2::int[]) AS t(set_index, service_id)
                   JOIN projects.project_service o ON o.service_id = t.service_id) hit ON hit.project_id = p.id`,
            order: 'hit.set_index, p.number',
          }),
          [sets.flatMap((ids, index) => ids.map(() => index)), sets.flat()],
        );
        return rows.map(({ setIndex, ...row }) => ({ ...row, set: sets[setIndex]! }));
      },
      (row) => row.set,
    ),
    projectOfSubService: ownerOf('projects.project_sub_service', 'sub_service_id'),

    /** Newest first. */
    reportsOfProject: listLoader<number, ProgressReport>(
      metrics,
      (projectIds) =>
        db
          .getRepository(ProgressReport)
          .createQueryBuilder('x')
          .where('x.projectId = ANY(:projectIds)', { projectIds })
          .orderBy('x.reportedAt', 'DESC')
          .addOrderBy('x.id', 'DESC')
          .getMany(),
      (row) => row.projectId,
    ),

    /** Pages of audit logs, oldest first. */
    auditPages: auditPagesLoader(db, metrics),

    /** Newest first; the status filter is applied to the loaded list. */
    ticketsOfProject: listLoader<number, Ticket>(
      metrics,
      (projectIds) =>
        db
          .getRepository(Ticket)
          .createQueryBuilder('x')
          .where('x.projectId = ANY(:projectIds)', { projectIds })
          .orderBy('x.openedAt', 'DESC')
          .addOrderBy('x.id', 'DESC')
          .getMany(),
      (row) => row.projectId,
    ),
  };
}

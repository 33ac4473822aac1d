import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Metrics } from '../../lib/metrics';
import { listLoader, rowLoader } from '../common/loaders';
import { selectRows } from '../common/rows';
import { auditPagesLoader } from './audit';
import { ProgressReport, Ticket } from './entities';
import { selectProjects, type ProjectWithProgress } from './queries';

export type ProjectsLoaders = ReturnType<typeof createProjectsLoaders>;

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
    /** Every service any project owns, ascending (one key: the loader only shares the statement within a request). */
    allProjectServices: new DataLoader<true, number[]>(async (keys) => {
      metrics.observeBatch('value', keys.length);
      const rows: { id: number }[] = await db.query(`SELECT DISTINCT service_id AS id FROM projects.project_service ORDER BY 1`);
      return keys.map(() => rows.map((row) => row.id));
    }),
    projectOfSubService: ownerOf('projects.project_sub_service', 'sub_service_id'),

    /** Newest first. */
    reportsOfProject: listLoader<number, ProgressReport>(
      metrics,
      (projectIds) => selectRows(db, ProgressReport, 'x.project_id = ANY($1)', [projectIds], 'x.reported_at DESC, x.id DESC'),
      (row) => row.projectId,
    ),

    /** Pages of audit logs, oldest first. */
    auditPages: auditPagesLoader(db, metrics),

    /** Newest first; the status filter is applied to the loaded list. */
    ticketsOfProject: listLoader<number, Ticket>(
      metrics,
      (projectIds) => selectRows(db, Ticket, 'x.project_id = ANY($1)', [projectIds], 'x.opened_at DESC, x.id DESC'),
      (row) => row.projectId,
    ),
  };
}

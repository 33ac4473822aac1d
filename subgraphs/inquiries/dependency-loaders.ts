import DataLoader from 'dataloader';
import pLimit from 'p-limit';
import type { DataSource } from 'typeorm';
import type { Metrics } from '../../lib/metrics';
import { entityColumns } from '../common/columns';
import { keysetPageLoader, pageLoader } from '../common/loaders';
import type { Page } from '../common/pagination';
import { fetchPagesByParent, type PageRows } from '../common/sql-pages';
import { Inquiry } from './entities';

export interface DependencyStepRow {
  serviceId: number;
  depth: number;
  inquiryId: number;
  providerId: number;
  path: number[];
  cycle: boolean;
}

export interface ImpactSummary {
  direct: number;
  total: number;
}

export interface DependencyRow {
  consumerId: number;
  providerId: number;
  links: number;
  paperLinks: number;
  services: number;
}

/** A priority project as the gateway sends it (@requires): what its services and sub-services need, and who carries it out. */
export interface ProjectNeeds {
  id: number;
  serviceIds: number[];
  subServiceIds: number[];
  agencyIds: number[];
  /** The project's services with their Persian names, when the gateway sends them (for `findServices`). */
  services?: { id: number; nameFa: string }[];
}

/** One impact analysis: an agency's inquiries gone down, looked at down to `maxDepth`. */
export interface ImpactKey {
  agencyId: number;
  maxDepth: number;
}

export type ProjectInquiry = Inquiry & { projectId: number };

/**
 * Every inquiry reachable from each root service, down to `maxDepth`: a recursive CTE over
 * service_link (service → its inquiries) and inquiry.answered_by_service_id (inquiry → the
 * service answering it). `services` carries the services on the path, the root included: an
 * inquiry answered by one of them closes a cycle, is marked and not followed. Each inquiry is
 * kept once per root, at its shallowest depth (ties: smallest path).
 */
export const CHAIN_SQL = `
  WITH RECURSIVE chain (root, depth, inquiry_id, provider_id, answered_by, path, services, cycle) AS (
    SELECT l.service_id, 1, i.id, i.provider_agency_id, i.answered_by_service_id, ARRAY[i.id], ARRAY[l.service_id],
           coalesce(i.answered_by_service_id = l.service_id, false)
    FROM inquiries.service_link l JOIN inquiries.inquiry i ON i.id = l.inquiry_id
    WHERE l.service_id = ANY($1::int[])
    UNION ALL
    SELECT c.root, c.depth + 1, i.id, i.provider_agency_id, i.answered_by_service_id, c.path || i.id, c.services || c.answered_by,
           coalesce(i.answered_by_service_id = ANY(c.services || c.answered_by), false)
    FROM chain c
    CROSS JOIN LATERAL (
      SELECT i.id, i.provider_agency_id, i.answered_by_service_id
      FROM inquiries.service_link l JOIN inquiries.inquiry i ON i.id = l.inquiry_id
      WHERE l.service_id = c.answered_by
      OFFSET 0 -- a fence: each step is looked up through the indexes, never by scanning whole tables
    ) i
    WHERE NOT c.cycle AND c.answered_by IS NOT NULL AND c.depth < $2
  )
  SELECT * FROM (
    SELECT DISTINCT ON (root, inquiry_id) root AS "serviceId", depth, inquiry_id AS "inquiryId", provider_id AS "providerId", path, cycle
    FROM chain ORDER BY root, inquiry_id, depth, path
  ) step ORDER BY "serviceId", depth, path`;

/**
 * Chains of whole pages of services run at most this many at once in the process: each holds every
 * step of its page (thousands of rows at scale) until its answer is written, and more at once than
 * the cores do not finish sooner, they only add their memory; the heap limit (lib/heap.ts) counts on it.
 */
const CHAIN_CONCURRENCY = 2;
const chainSlots = pLimit(CHAIN_CONCURRENCY);

/** Loaders of the dependency analysis: one SQL statement per batch of parents. */
export function createDependencyLoaders(db: DataSource, metrics: Metrics) {
  const inquiryColumns = entityColumns(db, Inquiry, 'i');
  const dependencyColumns = `d.consumer_agency_id AS "consumerId", d.provider_agency_id AS "providerId", d.links, d.paper_links AS "paperLinks", d.services`;

  /** One side of the agency network per parent agency, heaviest first; cursor [links, other agency id]. */
  const dependenciesOf = (side: 'consumer_agency_id' | 'provider_agency_id', other: 'consumer_agency_id' | 'provider_agency_id') =>
    keysetPageLoader<DependencyRow>(metrics, db, {
      from: 'inquiries.agency_dependency d',
      columns: dependencyColumns,
      where: `d.${side} = parent.id`,
      order: ['d.links DESC', `d.${other}`],
    });

  return {
    /** Keyed by service and maxDepth: services asked with the same depth share one statement. */
    dependencyChain: pageLoader<number, DependencyStepRow[]>(metrics, async (serviceIds, maxDepth) => {
      const rows: DependencyStepRow[] = await chainSlots(() => db.query(CHAIN_SQL, [serviceIds, maxDepth]));
      const chains = new Map<number, DependencyStepRow[]>();
      for (const row of rows) {
        const chain = chains.get(row.serviceId) ?? [];
        chain.push(row);
        chains.set(row.serviceId, chain);
      }
      return chains;
    }, () => []),

    /** Per agency and maxDepth: services needing its inquiries directly, and in all down the chains. */
    impactSummary: pageLoader<number, ImpactSummary>(metrics, async (agencyIds, maxDepth) => {
      const rows: (ImpactSummary & { agencyId: number })[] = await db.query(
        `SELECT provider_agency_id AS "agencyId", coalesce(sum(services) FILTER (WHERE depth = 1), 0)::int AS direct, sum(services)::int AS total
         FROM inquiries.provider_reach_count WHERE provider_agency_id = ANY($1) AND depth <= $2 GROUP BY provider_agency_id`,
        [agencyIds, maxDepth],
      );
      return new Map(rows.map(({ agencyId, ...summary }) => [agencyId, summary]));
    }, () => ({ direct: 0, total: 0 })),

    /** A page of the services that stop, by depth then id; cursor [depth, service id]. Its total is the summary's. */
    impactServices: pageLoader<{ maxDepth: number; page: Page }, PageRows<{ id: number; depth: number }>>(
      metrics,
      (agencyIds, { maxDepth, page }) =>
        fetchPagesByParent(
          db,
          agencyIds,
          {
            from: 'inquiries.provider_reach r',
            columns: 'r.service_id AS id, r.depth',
            where: 'r.provider_agency_id = parent.id AND r.depth <= $2',
            params: [maxDepth],
            order: ['r.depth', 'r.service_id'],
          },
          page,
          { count: false },
        ),
      () => ({ total: 0, rows: [] }),
    ),

    /** Every service that stops, by id: what the projects subgraph needs to name the projects hit. */
    impactServiceIds: pageLoader<number, number[]>(metrics, async (agencyIds, maxDepth) => {
      const rows: { agencyId: number; ids: number[] }[] = await db.query(
        `SELECT provider_agency_id AS "agencyId", array_agg(service_id ORDER BY service_id) AS ids
         FROM inquiries.provider_reach WHERE provider_agency_id = ANY($1) AND depth <= $2 GROUP BY provider_agency_id`,
        [agencyIds, maxDepth],
      );
      return new Map(rows.map((row) => [row.agencyId, row.ids]));
    }, () => []),

    dependsOn: dependenciesOf('consumer_agency_id', 'provider_agency_id'),
    dependedOnBy: dependenciesOf('provider_agency_id', 'consumer_agency_id'),

    paperServices: keysetPageLoader<{ id: number }>(metrics, db, {
      from: 'inquiries.paper_service x',
      columns: 'x.service_id AS id',
      where: 'x.consumer_agency_id = parent.id',
      order: ['x.service_id'],
    }),

    /** Distinct inquiries of each project's services and sub-services (their ids come from the projects subgraph). */
    projectInquiries: new DataLoader<ProjectNeeds, ProjectInquiry[], number>(
      async (projects) => {
        const services = projects.flatMap((project) => project.serviceIds.map((id) => [project.id, id]));
        const subServices = projects.flatMap((project) => project.subServiceIds.map((id) => [project.id, id]));
        const rows: ProjectInquiry[] = await db.query(
          `WITH owned_service AS (SELECT * FROM unnest($1::int[], $2::int[]) AS t(project_id, service_id)),
                owned_sub_service AS (SELECT * FROM unnest($3::int[], $4::int[]) AS t(project_id, sub_service_id)),
                needed AS (
                  SELECT o.project_id, l.inquiry_id FROM owned_service o JOIN inquiries.service_link l ON l.service_id = o.service_id
                  UNION
                  SELECT o.project_id, r.inquiry_id FROM owned_sub_service o JOIN inquiries.requirement r ON r.sub_service_id = o.sub_service_id
                )
           SELECT n.project_id AS "projectId", ${inquiryColumns}
           FROM needed n JOIN inquiries.inquiry i ON i.id = n.inquiry_id ORDER BY n.project_id, i.id`,
          [services.map(([project]) => project), services.map(([, id]) => id), subServices.map(([project]) => project), subServices.map(([, id]) => id)],
        );
        const byProject = new Map<number, ProjectInquiry[]>(projects.map((project) => [project.id, []]));
        for (const row of rows) byProject.get(row.projectId)?.push(row);
        return projects.map((project) => byProject.get(project.id)!);
      },
      { cacheKeyFn: (project) => project.id },
    ),
  };
}

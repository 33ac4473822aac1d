import { DateResolver, JSONResolver } from 'graphql-scalars';
import { parseFilterId, parseId } from '../common/ids';
import { readPage, toConnection, type PageArgs } from '../common/pagination';
import { idOf, loadById, reference, resolveReference, type Reference } from '../common/references';
import type { Resolvers, SubgraphContext } from '../common/subgraph';
import { assertMayReadAudit } from './access';
import type { AuditEntry, ProgressReport, Ticket, TicketStatus } from './entities';
import type { ProjectsLoaders } from './loaders';
import { projectByNumber, projectsOf, projectStats, type ProjectWithProgress } from './queries';
import { mutations } from './mutations';
import { projectStatus, today, type ProjectStatus } from './status';

type Context = SubgraphContext<ProjectsLoaders>;

/** Timestamps come as Dates from the database, as ISO strings from a stored idempotent result. */
const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

export const resolvers: Resolvers<ProjectsLoaders> = {
  Date: DateResolver,
  JSON: JSONResolver,

  Query: {
    project: (_: unknown, { id }: { id: string }, context: Context) => loadById(context.loaders.project, id),
    projectByNumber: (_: unknown, { number }: { number: number }, { db }: Context) => projectByNumber(db, number),
    projects: async (_: unknown, { status, agencyId }: { status?: ProjectStatus | null; agencyId?: string | null }, { db }: Context) => {
      const rows = await projectsOf(db, agencyId == null ? null : parseFilterId(agencyId));
      // The status is derived (it depends on today), so it is filtered here, by the same rule as the field.
      return status ? rows.filter((row) => projectStatus(row.progress, row.deadline, today()) === status) : rows;
    },
    projectStats: (_: unknown, __: unknown, { db }: Context) => projectStats(db),
  },

  Mutation: mutations,

  PriorityProject: {
    __resolveReference: ({ id }: { id: string }, context: Context) => loadById(context.loaders.project, id),
    id: idOf,
    name: (project: ProjectWithProgress) => (project.nameFa === null ? null : { fa: project.nameFa, en: project.nameEn }),
    leadAgency: (project: ProjectWithProgress) => reference(project.leadAgencyId),
    agencies: async (project: ProjectWithProgress, _: unknown, { loaders }: Context) =>
      (await loaders.agenciesOfProject.load(project.id)).map((row) => reference(row.id)),
    services: async (project: ProjectWithProgress, _: unknown, { loaders }: Context) =>
      (await loaders.servicesOfProject.load(project.id)).map((row) => reference(row.id)),
    subServices: async (project: ProjectWithProgress, _: unknown, { loaders }: Context) =>
      (await loaders.subServicesOfProject.load(project.id)).map((row) => reference(row.id)),
    status: (project: ProjectWithProgress) => projectStatus(project.progress, project.deadline, today()),
    reports: (project: ProjectWithProgress, _: unknown, { loaders }: Context) => loaders.reportsOfProject.load(project.id),
    tickets: async (project: ProjectWithProgress, { status }: { status?: TicketStatus | null }, { loaders }: Context) => {
      const tickets = await loaders.ticketsOfProject.load(project.id);
      return status ? tickets.filter((ticket) => ticket.status === status) : tickets;
    },
    /** The reports the `reports` field loads, oldest first: no statement of its own. */
    progressHistory: async (project: ProjectWithProgress, _: unknown, { loaders }: Context) =>
      [...(await loaders.reportsOfProject.load(project.id))].reverse(),
    auditLog: async (project: ProjectWithProgress, args: PageArgs, { caller, loaders, maxPageSize }: Context) => {
      assertMayReadAudit(caller, project.id, (await loaders.agenciesOfProject.load(project.id)).map((row) => row.id));
      const page = readPage(args, 'audit', 1, maxPageSize);
      const { total, rows } = await loaders.auditPages.load({ id: project.id, args: page });
      return toConnection(rows, page, total, 'audit', (row) => [row.id], (row) => row);
    },
  },

  ProgressPoint: {
    reportedAt: (report: ProgressReport) => iso(report.reportedAt),
  },

  AuditEntry: {
    id: idOf,
    at: (entry: AuditEntry) => iso(entry.at),
    agency: (entry: AuditEntry) => (entry.agencyId === null ? null : reference(entry.agencyId)),
    targetId: (entry: AuditEntry) => String(entry.targetId),
  },

  ProgressReport: {
    id: idOf,
    reportedAt: (report: ProgressReport) => iso(report.reportedAt),
    agency: (report: ProgressReport) => reference(report.agencyId),
  },

  Ticket: {
    id: idOf,
    openedAt: (ticket: Ticket) => iso(ticket.openedAt),
    resolvedAt: (ticket: Ticket) => iso(ticket.resolvedAt),
  },

  Agency: {
    __resolveReference: resolveReference,
    id: idOf,
    projects: (agency: Reference, _: unknown, { loaders }: Context) => loaders.projectsOfAgency.load(agency.id),
  },

  // The inquiries subgraph's impact analysis: the gateway brings the ids of the services that stop (@requires).
  Impact: {
    __resolveReference: (impact: { id: string; serviceIds?: string[] }) => impact,
    projects: (impact: { serviceIds?: string[] }, _: unknown, { loaders }: Context) =>
      loaders.projectsOwningAny.load((impact.serviceIds ?? []).map(parseId).filter((id): id is number => id !== null)),
  },

  Service: {
    __resolveReference: resolveReference,
    id: idOf,
    project: (service: Reference, _: unknown, { loaders }: Context) => loaders.projectOfService.load(service.id),
  },

  SubService: {
    __resolveReference: resolveReference,
    id: idOf,
    project: (subService: Reference, _: unknown, { loaders }: Context) => loaders.projectOfSubService.load(subService.id),
  },
};

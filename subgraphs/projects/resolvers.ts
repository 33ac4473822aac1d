import { DateResolver, JSONResolver } from 'graphql-scalars';
import { parseFilterId, parseId } from '../common/ids';
import { readPage, toConnection } from '../common/pagination';
import { iso, isoOrNull, jalali, jalaliOrNull } from '../common/instants';
import { idOf, loadById, loadExisting, reference, resolveReference } from '../common/references';
import { assertMayReadAudit } from './access';
import { mutations } from './mutations';
import { projectByNumber, projectsOf, projectStats } from './queries';
import type { Resolvers } from './resolver-types';
import { projectStatus, today } from './status';

export const resolvers: Resolvers = {
  Date: DateResolver,
  JSON: JSONResolver,

  Query: {
    project: (_, { id }, context) => loadById(context.loaders.project, id),
    projectByNumber: (_, { number }, { db }) => projectByNumber(db, number),
    projects: async (_, { status, agencyId }, { db }) => {
      const rows = await projectsOf(db, agencyId == null ? null : parseFilterId(agencyId));
      // The status is derived (it depends on today), so it is filtered here, by the same rule as the field.
      return status ? rows.filter((row) => projectStatus(row.progress, row.deadline, today()) === status) : rows;
    },
    projectStats: (_, __, { db }) => projectStats(db),
  },

  Mutation: mutations,

  PriorityProject: {
    __resolveReference: ({ id }, context) => loadById(context.loaders.project, id),
    id: idOf,
    name: (project) => (project.nameFa === null ? null : { fa: project.nameFa, en: project.nameEn }),
    leadAgency: (project) => reference(project.leadAgencyId),
    agencies: async (project, _, { loaders }) =>
      (await loaders.agenciesOfProject.load(project.id)).map((row) => reference(row.id)),
    services: async (project, _, { loaders }) =>
      (await loaders.servicesOfProject.load(project.id)).map((row) => reference(row.id)),
    subServices: async (project, _, { loaders }) =>
      (await loaders.subServicesOfProject.load(project.id)).map((row) => reference(row.id)),
    status: (project) => projectStatus(project.progress, project.deadline, today()),
    reports: (project, _, { loaders }) => loaders.reportsOfProject.load(project.id),
    tickets: async (project, { status }, { loaders }) => {
      const tickets = await loaders.ticketsOfProject.load(project.id);
      return status ? tickets.filter((ticket) => ticket.status === status) : tickets;
    },
    /** The reports the `reports` field loads, oldest first: no statement of its own. */
    progressHistory: async (project, _, { loaders }) =>
      [...(await loaders.reportsOfProject.load(project.id))].reverse(),
    auditLog: async (project, args, { caller, loaders, maxPageSize }) => {
      assertMayReadAudit(caller, project.id, (await loaders.agenciesOfProject.load(project.id)).map((row) => row.id));
      const page = readPage(args, 'audit', 1, maxPageSize);
      const { total, rows } = await loaders.auditPages.load({ id: project.id, args: page });
      return toConnection(rows, page, total, (row) => [row.id], (row) => row);
    },
  },

  ProgressPoint: {
    reportedAt: (report) => iso(report.reportedAt),
    reportedAtJalali: (report) => jalali(report.reportedAt),
  },

  AuditEntry: {
    id: idOf,
    at: (entry) => iso(entry.at),
    atJalali: (entry) => jalali(entry.at),
    agency: (entry) => (entry.agencyId === null ? null : reference(entry.agencyId)),
    targetId: (entry) => String(entry.targetId),
  },

  ProgressReport: {
    id: idOf,
    reportedAt: (report) => iso(report.reportedAt),
    reportedAtJalali: (report) => jalali(report.reportedAt),
    agency: (report) => reference(report.agencyId),
    project: (report, _, { loaders }) => loadExisting(loaders.project, report.projectId),
  },

  Ticket: {
    id: idOf,
    openedAt: (ticket) => iso(ticket.openedAt),
    resolvedAt: (ticket) => isoOrNull(ticket.resolvedAt),
    openedAtJalali: (ticket) => jalali(ticket.openedAt),
    resolvedAtJalali: (ticket) => jalaliOrNull(ticket.resolvedAt),
    project: (ticket, _, { loaders }) => loadExisting(loaders.project, ticket.projectId),
  },

  Agency: {
    __resolveReference: resolveReference,
    id: idOf,
    projects: (agency, _, { loaders }) => loaders.projectsOfAgency.load(agency.id),
  },

  // The inquiries subgraph's impact analysis: the gateway brings the ids of the services that stop (@requires).
  Impact: {
    __resolveReference: (impact) => impact,
    projects: (impact, _, { loaders }) =>
      loaders.projectsOwningAny.load((impact.serviceIds ?? []).map(parseId).filter((id) => id !== null)),
  },

  Service: {
    __resolveReference: resolveReference,
    id: idOf,
    project: (service, _, { loaders }) => loaders.projectOfService.load(service.id),
  },

  SubService: {
    __resolveReference: resolveReference,
    id: idOf,
    project: (subService, _, { loaders }) => loaders.projectOfSubService.load(subService.id),
  },
};

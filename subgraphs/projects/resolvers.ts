import { GraphQLError } from 'graphql';
import { DateResolver } from 'graphql-scalars';
import { parseId } from '../common/ids';
import type { Resolvers, SubgraphContext } from '../common/subgraph';
import type { ProgressReport, Ticket, TicketStatus } from './entities';
import { selectProjects, type ProjectRow, type ProjectsLoaders } from './loaders';
import { projectStatus } from './status';

type Context = SubgraphContext<ProjectsLoaders>;

interface Reference {
  id: number;
}

const reference = (id: number): Reference => ({ id });
const idOf = (row: Reference) => String(row.id);
const resolveReference = ({ id }: { id: string }) => {
  const key = parseId(id);
  return key === null ? null : reference(key);
};
const loadProject = (id: unknown, { loaders }: Context) => {
  const key = parseId(id);
  return key === null ? null : loaders.project.load(key);
};
const today = () => new Date().toISOString().slice(0, 10);

/** Writes arrive with authentication (bearer tokens verified at the gateway); until then every write is refused. */
const writesNeedAuthentication = () => {
  throw new GraphQLError('Writes need a bearer token of an editor of one of the project\'s agencies, or an admin; this deployment accepts none yet', {
    extensions: { code: 'UNAUTHENTICATED' },
  });
};

export const resolvers: Resolvers<ProjectsLoaders> = {
  Date: DateResolver,

  Query: {
    project: (_: unknown, { id }: { id: string }, context: Context) => loadProject(id, context),
    projectByNumber: async (_: unknown, { number }: { number: number }, { db }: Context) => {
      const [row] = await db.query(selectProjects(db, { where: 'p.number = $1::int' }), [number]);
      return row ?? null;
    },
    projects: (_: unknown, __: unknown, { db }: Context) => db.query(selectProjects(db)),
    projectStats: async (_: unknown, __: unknown, { db }: Context) => {
      const [stats] = await db.query(`
        SELECT (SELECT count(*)::int FROM projects.project) AS projects,
               (SELECT count(*)::int FROM projects.project_service) AS services,
               (SELECT count(*)::int FROM projects.project_sub_service) AS "subServices",
               (SELECT count(DISTINCT agency_id)::int FROM projects.project_agency) AS agencies`);
      return stats;
    },
  },

  Mutation: {
    reportProgress: writesNeedAuthentication,
    openTicket: writesNeedAuthentication,
    resolveTicket: writesNeedAuthentication,
  },

  PriorityProject: {
    __resolveReference: ({ id }: { id: string }, context: Context) => loadProject(id, context),
    id: idOf,
    name: (project: ProjectRow) => (project.nameFa === null ? null : { fa: project.nameFa, en: project.nameEn }),
    leadAgency: (project: ProjectRow) => reference(project.leadAgencyId),
    agencies: async (project: ProjectRow, _: unknown, { loaders }: Context) =>
      (await loaders.agenciesOfProject.load(project.id)).map((row) => reference(row.id)),
    services: async (project: ProjectRow, _: unknown, { loaders }: Context) =>
      (await loaders.servicesOfProject.load(project.id)).map((row) => reference(row.id)),
    subServices: async (project: ProjectRow, _: unknown, { loaders }: Context) =>
      (await loaders.subServicesOfProject.load(project.id)).map((row) => reference(row.id)),
    status: (project: ProjectRow) => projectStatus(project.progress, project.deadline, today()),
    reports: (project: ProjectRow, _: unknown, { loaders }: Context) => loaders.reportsOfProject.load(project.id),
    tickets: async (project: ProjectRow, { status }: { status?: TicketStatus | null }, { loaders }: Context) => {
      const tickets = await loaders.ticketsOfProject.load(project.id);
      return status ? tickets.filter((ticket) => ticket.status === status) : tickets;
    },
  },

  ProgressReport: {
    id: idOf,
    reportedAt: (report: ProgressReport) => report.reportedAt.toISOString(),
    agency: (report: ProgressReport) => reference(report.agencyId),
  },

  Ticket: {
    id: idOf,
    openedAt: (ticket: Ticket) => ticket.openedAt.toISOString(),
  },

  Agency: {
    __resolveReference: resolveReference,
    id: idOf,
    projects: (agency: Reference, _: unknown, { loaders }: Context) => loaders.projectsOfAgency.load(agency.id),
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

import { runSubgraphMain } from '../common/main';
import type { SubgraphDefinition } from '../common/subgraph';
import { AuditEntry, IdempotencyRecord, ProgressReport, Project, ProjectAgency, ProjectService, ProjectSubService, Ticket } from './entities';
import { createProjectsLoaders, type ProjectsLoaders } from './loaders';
import { CreateProjects1763800000002 } from './migrations/1763800000002-create-projects';
import { AddProjectWrites1763800000004 } from './migrations/1763800000004-add-project-writes';
import { AuditRequestOrigin1764100000006 } from './migrations/1764100000006-audit-request-origin';
import { mergeResolvers } from '../common/merge-resolvers';
import { digitisationResolvers } from './digitisation';
import { resolvers } from './resolvers';

/** The projects subgraph: the 23 priority projects, their progress reports and tickets. */
export const projects: SubgraphDefinition<ProjectsLoaders> = {
  name: 'projects',
  entities: [Project, ProjectAgency, ProjectService, ProjectSubService, ProgressReport, Ticket, AuditEntry, IdempotencyRecord],
  migrations: [CreateProjects1763800000002, AddProjectWrites1763800000004, AuditRequestOrigin1764100000006],
  resolvers: mergeResolvers(resolvers, digitisationResolvers),
  createLoaders: createProjectsLoaders,
};

if (require.main === module) runSubgraphMain(projects, 'PROJECTS_PORT');

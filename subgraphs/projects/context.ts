import type { SubgraphContext } from '../common/subgraph';
import type { ProjectsLoaders } from './loaders';

/** What the projects subgraph's resolvers receive as their context. */
export type ProjectsContext = SubgraphContext<ProjectsLoaders>;

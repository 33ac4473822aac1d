import type { SubgraphContext } from '../common/subgraph';
import type { CatalogueLoaders } from './loaders';

/** What the catalogue subgraph's resolvers receive as their context. */
export type CatalogueContext = SubgraphContext<CatalogueLoaders>;

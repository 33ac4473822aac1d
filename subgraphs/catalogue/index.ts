import { runSubgraphMain } from '../common/main';
import type { SubgraphDefinition } from '../common/subgraph';
import { Agency, Assessment, Service, SubService } from './entities';
import { createCatalogueLoaders, type CatalogueLoaders } from './loaders';
import { CreateCatalogue1763800000000 } from './migrations/1763800000000-create-catalogue';
import { mergeResolvers } from '../common/merge-resolvers';
import { questionResolvers } from './question-resolvers';
import { resolvers } from './resolvers';

/** The catalogue subgraph: agencies, services and sub-services. */
export const catalogue: SubgraphDefinition<CatalogueLoaders> = {
  name: 'catalogue',
  entities: [Agency, Assessment, Service, SubService],
  migrations: [CreateCatalogue1763800000000],
  resolvers: mergeResolvers(resolvers, questionResolvers),
  createLoaders: createCatalogueLoaders,
};

if (require.main === module) runSubgraphMain(catalogue, 'CATALOGUE_PORT');

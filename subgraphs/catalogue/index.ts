import { JSONResolver } from 'graphql-scalars';
import { runSubgraphMain } from '../common/main';
import type { SubgraphDefinition } from '../common/subgraph';
import { Agency, Assessment, CatalogueChange, Service, SubService } from './entities';
import { createCatalogueLoaders, type CatalogueLoaders } from './loaders';
import { CreateCatalogue1763800000000 } from './migrations/1763800000000-create-catalogue';
import { CatalogueHistory1764200000008 } from './migrations/1764200000008-catalogue-history';
import { WindowObligation1764200000009 } from './migrations/1764200000009-window-obligation';
import { mergeResolvers } from '../common/merge-resolvers';
import { questionResolvers } from './question-resolvers';
import { resolvers } from './resolvers';
import { historyResolvers } from './history-resolvers';

/** The catalogue subgraph: agencies, services and sub-services. */
export const catalogue: SubgraphDefinition<CatalogueLoaders> = {
  name: 'catalogue',
  entities: [Agency, Assessment, Service, SubService, CatalogueChange],
  migrations: [CreateCatalogue1763800000000, CatalogueHistory1764200000008, WindowObligation1764200000009],
  // A scalar's resolver is a GraphQLScalarType, which merging field maps would take apart.
  resolvers: { ...mergeResolvers(resolvers, historyResolvers, questionResolvers), JSON: JSONResolver },
  createLoaders: createCatalogueLoaders,
};

if (require.main === module) runSubgraphMain(catalogue, 'CATALOGUE_PORT');

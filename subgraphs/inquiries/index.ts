import { JSONResolver } from 'graphql-scalars';
import { subgraphKey } from '../../lib/auth/request-signature';
import { subgraphSecret } from '../../lib/auth/secrets';
import { runSubgraphMain } from '../common/main';
import type { SubgraphDefinition } from '../common/subgraph';
import { Inquiry, InquiryChange, Requirement } from './entities';
import { createInquiriesLoaders, type InquiriesLoaders } from './loaders';
import { CreateInquiries1763800000001 } from './migrations/1763800000001-create-inquiries';
import { DependencyAnalysis1763900000003 } from './migrations/1763900000003-dependency-analysis';
import { ProviderReachCounts1764000000005 } from './migrations/1764000000005-provider-reach-counts';
import { InquiryHistory1764200000007 } from './migrations/1764200000007-inquiry-history';
import { ServiceNames1764300000010 } from './migrations/1764300000010-service-names';
import { DerivedTables1764300000011 } from './migrations/1764300000011-derived-tables';
import { mergeResolvers } from '../common/merge-resolvers';
import { dependencyResolvers } from './dependency-resolvers';
import { digitisationResolvers } from './digitisation-resolvers';
import { historyResolvers } from './history-resolvers';
import { questionResolvers } from './question-resolvers';
import { resolvers } from './resolvers';
import { startCatalogueFollower } from './catalogue-follower';

/** The inquiries subgraph: kinds of inquiry and the "service needs inquiry" links. */
export const inquiries: SubgraphDefinition<InquiriesLoaders> = {
  name: 'inquiries',
  entities: [Inquiry, Requirement, InquiryChange],
  migrations: [CreateInquiries1763800000001, DependencyAnalysis1763900000003, ProviderReachCounts1764000000005, InquiryHistory1764200000007, ServiceNames1764300000010, DerivedTables1764300000011],
  // A scalar's resolver is a GraphQLScalarType, which merging field maps would take apart.
  resolvers: { ...mergeResolvers(resolvers, dependencyResolvers, digitisationResolvers, historyResolvers, questionResolvers), JSON: JSONResolver },
  createLoaders: createInquiriesLoaders,
  // The service names it sorts by, kept in step with the catalogue's renames.
  background: ({ config, db, metrics, logger, urlOf }) => {
    const follower = startCatalogueFollower({
      db,
      catalogueUrl: urlOf('catalogue'),
      key: subgraphKey(subgraphSecret(config).secret, 'catalogue'),
      intervalMs: config.CATALOGUE_FOLLOW_INTERVAL_MS,
      timeoutMs: config.SUBGRAPH_TIMEOUT_MS,
      logger,
      metrics,
    });
    return { runOnce: follower.followOnce, stop: follower.stop };
  },
};

if (require.main === module) runSubgraphMain(inquiries, 'INQUIRIES_PORT');

import { JSONResolver } from 'graphql-scalars';
import { runSubgraphMain } from '../common/main';
import type { SubgraphDefinition } from '../common/subgraph';
import { Inquiry, InquiryChange, Requirement } from './entities';
import { createInquiriesLoaders, type InquiriesLoaders } from './loaders';
import { CreateInquiries1763800000001 } from './migrations/1763800000001-create-inquiries';
import { DependencyAnalysis1763900000003 } from './migrations/1763900000003-dependency-analysis';
import { ProviderReachCounts1764000000005 } from './migrations/1764000000005-provider-reach-counts';
import { InquiryHistory1764200000007 } from './migrations/1764200000007-inquiry-history';
import { DerivedTables1764300000011 } from './migrations/1764300000011-derived-tables';
import { mergeResolvers } from '../common/merge-resolvers';
import { dependencyResolvers } from './dependency-resolvers';
import { digitisationResolvers } from './digitisation-resolvers';
import { historyResolvers } from './history-resolvers';
import { questionResolvers } from './question-resolvers';
import { resolvers } from './resolvers';

/** The inquiries subgraph: kinds of inquiry and the "service needs inquiry" links. */
export const inquiries: SubgraphDefinition<InquiriesLoaders> = {
  name: 'inquiries',
  entities: [Inquiry, Requirement, InquiryChange],
  migrations: [CreateInquiries1763800000001, DependencyAnalysis1763900000003, ProviderReachCounts1764000000005, InquiryHistory1764200000007, DerivedTables1764300000011],
  // A scalar's resolver is a GraphQLScalarType, which merging field maps would take apart.
  resolvers: { ...mergeResolvers(resolvers, dependencyResolvers, digitisationResolvers, historyResolvers, questionResolvers), JSON: JSONResolver },
  createLoaders: createInquiriesLoaders,
};

if (require.main === module) runSubgraphMain(inquiries, 'INQUIRIES_PORT');

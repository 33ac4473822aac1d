import { runSubgraphMain } from '../common/main';
import type { SubgraphDefinition } from '../common/subgraph';
import { Inquiry, Requirement } from './entities';
import { createInquiriesLoaders, type InquiriesLoaders } from './loaders';
import { CreateInquiries1763800000001 } from './migrations/1763800000001-create-inquiries';
import { resolvers } from './resolvers';

/** The inquiries subgraph: kinds of inquiry and the "service needs inquiry" links. */
export const inquiries: SubgraphDefinition<InquiriesLoaders> = {
  name: 'inquiries',
  entities: [Inquiry, Requirement],
  migrations: [CreateInquiries1763800000001],
  resolvers,
  createLoaders: createInquiriesLoaders,
};

if (require.main === module) runSubgraphMain(inquiries, 'INQUIRIES_PORT');

import type { SubgraphContext } from '../common/subgraph';
import type { InquiriesLoaders } from './loaders';

/** What the inquiries subgraph's resolvers receive as their context. */
export type InquiriesContext = SubgraphContext<InquiriesLoaders>;

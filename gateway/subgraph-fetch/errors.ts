import { GraphQLError } from 'graphql';

/** Why a fetch got no answer from its subgraph: each a coded error naming the subgraph (the other subgraphs' data still comes back). */
export type FetchFailure = 'SUBGRAPH_UNAVAILABLE' | 'SUBGRAPH_TIMEOUT' | 'DEADLINE_EXCEEDED';

const MESSAGES: Record<FetchFailure, (subgraph: string) => string> = {
  SUBGRAPH_UNAVAILABLE: (subgraph) => `The ${subgraph} subgraph is unavailable`,
  SUBGRAPH_TIMEOUT: (subgraph) => `The ${subgraph} subgraph did not answer in time`,
  DEADLINE_EXCEEDED: (subgraph) => `The request's deadline passed before the ${subgraph} subgraph answered`,
};

export function fetchFailure(code: FetchFailure, subgraph: string, cause?: unknown, status?: number): GraphQLError {
  return new GraphQLError(MESSAGES[code](subgraph), {
    originalError: cause instanceof Error ? cause : undefined,
    extensions: { code, serviceName: subgraph, ...(status === undefined ? {} : { status }) },
  });
}

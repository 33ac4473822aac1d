import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';

/**
 * The gateway's connection to one subgraph. A subgraph that cannot be reached, or answers
 * with an HTTP error, yields an error naming it (the other subgraphs' data still comes back).
 */
export class SubgraphSource extends RemoteGraphQLDataSource {
  constructor(private readonly serviceName: string, url: string) {
    super({ url });
  }

  override didEncounterError(error: Error, _request: unknown, response?: { status: number }): never {
    throw new GraphQLError(`The ${this.serviceName} subgraph is unavailable`, {
      originalError: error,
      extensions: {
        code: 'SUBGRAPH_UNAVAILABLE',
        serviceName: this.serviceName,
        ...(response && response.status >= 300 ? { status: response.status } : {}),
      },
    });
  }
}

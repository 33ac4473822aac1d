import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { IDEMPOTENCY_HEADER, type Identity } from '../lib/auth/identity';
import type { GatewayContext } from './context';

/**
 * The gateway's connection to one subgraph. A subgraph that cannot be reached, or answers
 * with an HTTP error, yields an error naming it (the other subgraphs' data still comes back).
 */
export class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    url: string,
    private readonly sign: (identity: Identity | null) => Record<string, string>,
  ) {
    super({ url });
  }

  /** Tells the subgraph who is calling (signed, see lib/auth/identity.ts) and passes on the client's Idempotency-Key. */
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers) return;
    for (const [name, value] of Object.entries(this.sign(context?.identity ?? null))) headers.set(name, value);
    if (context?.idempotencyKey) headers.set(IDEMPOTENCY_HEADER, context.idempotencyKey);
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

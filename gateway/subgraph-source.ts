import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { IDEMPOTENCY_HEADER, type Identity } from '../lib/auth/identity';
import { currentRequestId } from '../lib/http/request-id';
import type { GatewayContext } from './context';
import { deduplicated } from './subgraph-dedupe';
import { keepAliveFetcher } from './subgraph-transport';

/**
 * The gateway's connection to one subgraph. A subgraph that cannot be reached, answers with
 * an HTTP error, or does not answer within `timeoutMs`, yields an error naming it (the other
 * subgraphs' data still comes back).
 */
export class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    url: string,
    private readonly sign: (identity: Identity | null) => Record<string, string>,
    timeoutMs = 5000,
    /** Identical reads in flight at once share one fetch (see subgraph-dedupe.ts). */
    dedupe = true,
  ) {
    const transport = keepAliveFetcher(timeoutMs);
    super({
      url,
      // Keep-alive node:http, each call cut off after timeoutMs (see subgraph-transport.ts).
      fetcher: (dedupe ? deduplicated(transport) : transport) as never,
    });
  }

  /**
   * Tells the subgraph who is calling (signed, see lib/auth/identity.ts), passes on the client's
   * Idempotency-Key, and the request id, so the subgraphs' log lines match the gateway's.
   */
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers) return;
    for (const [name, value] of Object.entries(this.sign(context?.identity ?? null))) headers.set(name, value);
    if (context?.idempotencyKey) headers.set(IDEMPOTENCY_HEADER, context.idempotencyKey);
    const id = currentRequestId();
    if (id) headers.set('x-request-id', id);
  }

  override didEncounterError(error: Error, _request: unknown, response?: { status: number }): never {
    const timedOut = error.name === 'TimeoutError' || error.name === 'AbortError';
    throw new GraphQLError(timedOut ? `The ${this.serviceName} subgraph did not answer in time` : `The ${this.serviceName} subgraph is unavailable`, {
      originalError: error,
      extensions: {
        code: timedOut ? 'SUBGRAPH_TIMEOUT' : 'SUBGRAPH_UNAVAILABLE',
        serviceName: this.serviceName,
        ...(response && response.status >= 300 ? { status: response.status } : {}),
      },
    });
  }
}

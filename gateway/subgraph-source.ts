import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { currentRequestId } from '../lib/http/request-id';

/**
 * The gateway's connection to one subgraph. A subgraph that cannot be reached, answers with
 * an HTTP error, or does not answer within `timeoutMs`, yields an error naming it (the other
 * subgraphs' data still comes back).
 */
export class SubgraphSource extends RemoteGraphQLDataSource {
  constructor(private readonly serviceName: string, url: string, timeoutMs = 5000) {
    super({
      url,
      // Node's own fetch, so each call can be cut off by an AbortSignal.
      fetcher: ((input: string, init: RequestInit) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as never,
    });
  }

  /** The client's request id travels on, so the subgraphs' log lines match the gateway's. */
  override willSendRequest({ request }: { request: { http?: { headers: { set(name: string, value: string): void } } } }): void {
    const id = currentRequestId();
    if (id) request.http?.headers.set('x-request-id', id);
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

import type { GraphQLDataSource } from '@apollo/gateway';
import { CLIENT_ADDRESS_HEADER, IDEMPOTENCY_HEADER } from '../../lib/auth/identity';
import type { GatewayContext } from '../context';
import { subgraphRequest, type Fetch } from './types';

/** An anonymous caller's context, for fetches Apollo Gateway makes of its own (health checks). */
const NO_CALLER: GatewayContext = { identity: null, idempotencyKey: null, clientAddress: null };

/**
 * Apollo Gateway's data source for one subgraph: each fetch its query plan makes goes through the
 * pipeline (pipeline.ts), and the answer's cache hint restricts the client response's cache
 * policy, as Apollo's own RemoteGraphQLDataSource does with the subgraph's Cache-Control header.
 */
export function subgraphSource(subgraph: string, url: string, fetch: Fetch): GraphQLDataSource<GatewayContext> {
  return {
    async process(options) {
      const { request } = options;
      if (!request.query) throw new Error('Missing query');
      const context: GatewayContext = 'incomingRequestContext' in options ? options.context : NO_CALLER;
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      // The client's retry key, the request id and the client's address go on, for the subgraphs' log lines and audit entries.
      if (context.idempotencyKey) headers[IDEMPOTENCY_HEADER] = context.idempotencyKey;
      if (context.requestId) headers['x-request-id'] = context.requestId;
      if (context.clientAddress) headers[CLIENT_ADDRESS_HEADER] = context.clientAddress;
      const { cacheHint, ...response } = await fetch(
        subgraphRequest({ subgraph, url, query: request.query, operationName: request.operationName, variables: request.variables ?? {}, headers, context, signal: context.signal }),
      );
      if ('incomingRequestContext' in options) {
        const policy = options.incomingRequestContext.overallCachePolicy;
        if (policy && 'restrict' in policy) policy.restrict(cacheHint);
      }
      return response;
    },
  };
}

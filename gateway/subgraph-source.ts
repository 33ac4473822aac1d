import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import { GraphQLError } from 'graphql';
import { CLIENT_ADDRESS_HEADER, IDEMPOTENCY_HEADER, type Identity } from '../lib/auth/identity';
import type { GatewayContext } from './context';
import type { EntityCache, SubgraphAnswer } from './entity-cache';
import { EntityFetchCoalescer } from './entity-fetch-coalescer';
import { deduplicated } from './subgraph-dedupe';
import { keepAliveFetcher } from './subgraph-transport';

export interface SubgraphSourceOptions {
  url: string;
  sign: (identity: Identity | null) => Record<string, string>;
  /** A fetch not answered within this is an error (default 5 s). */
  timeoutMs?: number;
  /** Identical reads in flight at once share one fetch (see subgraph-dedupe.ts); default on. */
  dedupe?: boolean;
  /** Per-entity answers kept between requests (see entity-cache.ts); none: every fetch is sent. */
  entityCache?: EntityCache;
  /** A request's `_entities` reads of the same selection started together go as one fetch (see entity-fetch-coalescer.ts); default on. */
  coalesce?: boolean;
}

/**
 * The gateway's connection to one subgraph. A subgraph that cannot be reached, answers with
 * an HTTP error, or does not answer within `timeoutMs`, yields an error naming it (the other
 * subgraphs' data still comes back).
 */
export class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly sign: SubgraphSourceOptions['sign'];
  private readonly entityCache?: EntityCache;
  private readonly coalescer?: EntityFetchCoalescer;

  constructor(
    private readonly serviceName: string,
    options: SubgraphSourceOptions,
  ) {
    const transport = keepAliveFetcher(options.timeoutMs ?? 5000);
    super({
      url: options.url,
      // Keep-alive node:http, each call cut off after timeoutMs (see subgraph-transport.ts).
      fetcher: (options.dedupe === false ? transport : deduplicated(transport)) as never,
    });
    this.sign = options.sign;
    this.entityCache = options.entityCache;
    if (options.coalesce !== false) this.coalescer = new EntityFetchCoalescer((merged) => this.read(merged));
  }

  override process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphAnswer> {
    if (!this.coalescer || options.kind !== GraphQLDataSourceRequestKind.INCOMING_OPERATION) return this.read(options);
    return this.coalescer.fetch(options);
  }

  /** Answers what the entity cache holds, and sends the rest (all of it when the request is not a cacheable read). */
  private async read(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphAnswer> {
    const generation = options.context?.cacheGeneration;
    if (!this.entityCache || generation === undefined || options.kind !== GraphQLDataSourceRequestKind.INCOMING_OPERATION) return this.send(options);
    const { answer, cachedMaxAge } = await this.entityCache.fetch(this.serviceName, options.request, generation, (request) => this.send({ ...options, request }));
    // The cached part counts toward the response's cache policy as the subgraph's Cache-Control header would.
    const policy = options.incomingRequestContext.overallCachePolicy;
    if (cachedMaxAge !== undefined && policy && 'restrict' in policy) policy.restrict({ maxAge: cachedMaxAge, scope: 'PUBLIC' });
    return answer;
  }

  /** One fetch sent to the subgraph. */
  protected send(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphAnswer> {
    return super.process(options);
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
    if (context?.requestId) headers.set('x-request-id', context.requestId);
    if (context?.clientAddress) headers.set(CLIENT_ADDRESS_HEADER, context.clientAddress);
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

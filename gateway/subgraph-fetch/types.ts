import type { GraphQLFormattedError } from 'graphql';
import type { GatewayContext } from '../context';
import type { CacheHint } from './cache-hint';

/**
 * One fetch from a subgraph, as every stage of the pipeline sees it (see pipeline.ts): the
 * GraphQL operation, and the HTTP request that carries it.
 */
export interface SubgraphRequest {
  /** The subgraph's name in the supergraph. */
  subgraph: string;
  url: string;
  method: 'POST';
  query: string;
  operationName?: string;
  variables: Record<string, unknown>;
  headers: Record<string, string>;
  /** A query (never a mutation): only a read may share an answer or be answered from a cache. */
  read: boolean;
  /** The client request this fetch serves: the caller's identity, its cache generation. */
  context: GatewayContext;
  /** When it fires, this fetch is abandoned: none starts after, and one in flight is cut off. */
  signal?: AbortSignal;
}

export interface SubgraphAnswer {
  data?: Record<string, unknown> | null;
  errors?: GraphQLFormattedError[];
  extensions?: Record<string, unknown>;
  /** How long, and for whom, the answer may be cached: the subgraph's Cache-Control header as Apollo Gateway reads it. */
  cacheHint: CacheHint;
}

export type Fetch = (request: SubgraphRequest) => Promise<SubgraphAnswer>;

/** A step of the pipeline: given the fetch after it, the fetch with this step in front. */
export type Stage = (next: Fetch) => Fetch;

/** The gateway's operations start with `query` or a bare selection; anything else is never shared. */
const READ = /^(?:query\b|\{)/;

export function subgraphRequest(fields: Omit<SubgraphRequest, 'method' | 'read'>): SubgraphRequest {
  return { ...fields, method: 'POST', read: READ.test(fields.query) };
}

/** The same fetch with other variables (and so another body). */
export function withVariables(request: SubgraphRequest, variables: Record<string, unknown>): SubgraphRequest {
  return { ...request, variables };
}

/** Each variables object's body, by the operation it was written for. */
const bodies = new WeakMap<object, { query: string; operationName: string | undefined; body: string }>();

/**
 * `{ query, operationName, variables }` as sent: what dedupe compares, the signature covers and the
 * transport writes. Written when a stage first needs it, once per request however many stages read
 * it: an `_entities` read the coalescer merges into another's fetch is never written on its own.
 */
export function bodyOf({ query, operationName, variables }: SubgraphRequest): string {
  const known = bodies.get(variables);
  if (known && known.query === query && known.operationName === operationName) return known.body;
  const body = JSON.stringify({ query, operationName, variables });
  bodies.set(variables, { query, operationName, body });
  return body;
}

import { createHash } from 'node:crypto';
import type { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { parseCacheControlHeader } from '@apollo/gateway/dist/datasources/parseCacheControlHeader';
import { fnv1a, type CacheAdmission } from './cache-admission';
import type { EntityStore } from './entity-store';
import { entitiesRead, selectionOf } from './subgraph-selection';

/** Keys of this cache (in Redis they sit beside APQ registrations and whole responses). */
const PREFIX = 'entity:';
/**
 * A fetch whose representations are longer than this is never cached: an Impact carries the ids of
 * every service it reaches (thousands at scale), too costly to key and too rarely asked twice.
 */
const LONGEST_REPRESENTATION = 256;

export type SubgraphRequest = GraphQLDataSourceProcessOptions['request'];
export type SubgraphAnswer = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

export interface CachedFetch {
  answer: SubgraphAnswer;
  /** Set when some of the answer came from the cache: the seconds the oldest part of it may still be used. */
  cachedMaxAge?: number;
}

/** What one cached entity holds: the subgraph's answer for it, and until when it may be used. */
interface Stored {
  expires: number;
  data: unknown;
}

export interface EntityCacheCounts {
  hits: number;
  misses: number;
  /** Entities sent without a look at the cache: their kind's keys rarely repeat (see cache-admission.ts). */
  bypassed?: number;
}

/**
 * A per-entity cache of the subgraphs' `_entities` answers, as Apollo Router's entity caching:
 * a fetch for 40 agencies' names whose 37 were asked before sends the subgraph only the 3 others.
 * Whole-response caching cannot do this when every request differs (a random service, whose
 * providers are the same few agencies). An answer is kept only when the subgraph marks it
 * shareable (`Cache-Control: public, max-age=N`) and it carries no error, for its N seconds, under
 * the cache generation of the request (any successful mutation starts a new one: see caches.ts).
 */
export class EntityCache {
  constructor(
    private readonly store: EntityStore,
    private readonly count: (subgraph: string, counts: EntityCacheCounts) => void = () => {},
    private readonly admission?: CacheAdmission,
  ) {}

  /**
   * Answers an `_entities` read from the cache where it can, and sends `send` the representations
   * it cannot; the answer is the subgraph's shape, in the order asked. Any other request goes to `send` as is.
   */
  async fetch(
    subgraph: string,
    request: SubgraphRequest,
    generation: string,
    send: (request: SubgraphRequest) => Promise<SubgraphAnswer>,
  ): Promise<CachedFetch> {
    const read = entitiesRead(request);
    if (!read) return { answer: await send(request) };
    const { representations, otherVariables } = read;
    const texts = representations.map((representation) => JSON.stringify(representation));
    if (texts.some((text) => text.length > LONGEST_REPRESENTATION)) return { answer: await send(request) };
    const selection = selectionOf(read.query);
    const scopeText = `${subgraph}\n${selection}\n${JSON.stringify(otherVariables)}`;
    if (this.admission) {
      const seed = fnv1a(`${generation}\n${scopeText}`);
      if (!this.admission.admit(`entity:${subgraph}\n${selection}`, texts.map((text) => fnv1a(text, seed)))) {
        this.count(subgraph, { hits: 0, misses: 0, bypassed: texts.length });
        return { answer: await send(request) };
      }
    }
    const scope = createHash('sha1').update(scopeText).digest('base64url');
    const keys = texts.map((text) => `${PREFIX}${generation}:${scope}:${text}`);
    const now = Date.now();
    const found = (await this.store.getMany(keys)).map((text) => usable(text, now));
    const missing = found.flatMap((stored, index) => (stored ? [] : [index]));
    this.count(subgraph, { hits: keys.length - missing.length, misses: missing.length });
    const hits = found.filter((stored): stored is Stored => stored !== undefined);
    const remaining = hits.reduce((least, stored) => Math.min(least, Math.floor((stored.expires - now) / 1000)), Infinity);
    if (missing.length === 0) return { answer: { data: { _entities: found.map((stored) => stored!.data) } }, cachedMaxAge: remaining };

    const answer = await send(missing.length === keys.length ? request : { ...request, variables: { ...otherVariables, representations: missing.map((index) => representations[index]) } });
    const fresh = answer.data?._entities;
    const maxAge = publicMaxAge(answer.http?.headers.get('cache-control') ?? null);
    if (Array.isArray(fresh) && fresh.length === missing.length && maxAge > 0 && !answer.errors?.length) {
      const expires = now + maxAge * 1000;
      this.store.setMany(
        missing.map((index, position) => [keys[index]!, `${expires}\n${JSON.stringify(fresh[position])}`]),
        maxAge,
      );
    }
    if (hits.length === 0) return { answer };
    const merged = Array.isArray(fresh) && fresh.length === missing.length ? found.map((stored) => stored?.data) : undefined;
    if (merged) for (const [position, index] of missing.entries()) merged[index] = fresh![position];
    return {
      answer: {
        ...answer,
        data: merged ? { ...answer.data, _entities: merged } : answer.data,
        // An error about the n-th representation sent is about the missing[n]-th one asked.
        errors: answer.errors?.map((error) => {
          const path = error.path;
          if (path?.[0] !== '_entities' || typeof path[1] !== 'number' || missing[path[1]] === undefined) return error;
          return { ...error, path: ['_entities', missing[path[1]]!, ...path.slice(2)] };
        }),
      },
      cachedMaxAge: remaining,
    };
  }
}

/** A stored entity (`<expires ms>\n<its JSON>`) with at least a second left to live. */
function usable(text: string | undefined, now: number): Stored | undefined {
  if (text === undefined) return undefined;
  const newline = text.indexOf('\n');
  const expires = Number(text.slice(0, newline));
  return expires > now + 999 ? { expires, data: JSON.parse(text.slice(newline + 1)) } : undefined;
}

/** The max-age of a `public` Cache-Control header, read as Apollo Gateway reads it; 0 for anything else (private, no-store, none). */
export function publicMaxAge(header: string | null): number {
  const directives = parseCacheControlHeader(header);
  const maxAge = directives['max-age'];
  return directives.public === true && typeof maxAge === 'string' && /^\d+$/.test(maxAge) ? Number(maxAge) : 0;
}

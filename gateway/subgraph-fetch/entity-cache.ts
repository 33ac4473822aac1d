import { restricted } from './cache-hint';
import { entitiesAnswer, entitiesRead, entitiesRequest } from './entities';
import type { EntityStore } from './entity-store';
import { digestOf, keyOf } from './keys';
import type { Stage, SubgraphAnswer } from './types';

/**
 * A fetch whose representations are longer than this is never cached: an Impact carries the ids of
 * every service it reaches (thousands at scale), too costly to key and too rarely asked twice.
 */
const LONGEST_REPRESENTATION = 256;

/** What one cached entity holds: the subgraph's answer for it, and until when it may be used. */
interface Stored {
  expires: number;
  data: unknown;
}

export interface EntityCacheCounts {
  hits: number;
  misses: number;
}

export interface EntityCacheOptions {
  store: EntityStore;
  count?: (subgraph: string, counts: EntityCacheCounts) => void;
}

/**
 * A per-entity cache of the subgraphs' `_entities` answers, as Apollo Router's entity caching:
 * a fetch for 40 agencies' names whose 37 were asked before sends the subgraph only the 3 others.
 * Whole-response caching cannot do this when every request differs (a random service, whose
 * providers are the same few agencies). An answer is kept only when the subgraph marks it
 * shareable (`Cache-Control: public, max-age=N`) and it carries no error, for its N seconds, under
 * the cache generation of the request (any successful mutation starts a new one: see caches.ts).
 * The answer's cache hint covers its cached part too, as the subgraph's header would have.
 */
export function entityCache({ store, count = () => {} }: EntityCacheOptions): Stage {
  return (next) => async (request) => {
    const generation = request.context.cacheGeneration;
    const read = generation === undefined ? undefined : entitiesRead(request);
    if (!read) return next(request);
    const { subgraph } = request;
    const texts = read.representations.map((representation) => JSON.stringify(representation));
    if (texts.some((text) => text.length > LONGEST_REPRESENTATION)) return next(request);
    const scope = digestOf(keyOf(subgraph, read.scope));
    const keys = texts.map((text) => keyOf('entity', generation!, scope, text));
    const now = Date.now();
    const found = (await store.getMany(keys)).map((text) => usable(text, now));
    const missing = found.flatMap((stored, index) => (stored ? [] : [index]));
    count(subgraph, { hits: keys.length - missing.length, misses: missing.length });
    const oldest = found.reduce((least, stored) => (stored ? Math.min(least, Math.floor((stored.expires - now) / 1000)) : least), Infinity);
    const cachedHint = { maxAge: oldest, scope: 'PUBLIC' as const };
    if (missing.length === 0) return { data: { _entities: found.map((stored) => stored!.data) }, cacheHint: cachedHint };

    const answer = await next(missing.length === keys.length ? request : entitiesRequest(request, read, missing.map((index) => read.representations[index])));
    const fresh = answer.data?._entities;
    const { maxAge = 0, scope: shared } = answer.cacheHint;
    if (Array.isArray(fresh) && fresh.length === missing.length && shared === 'PUBLIC' && maxAge > 0 && !answer.errors?.length) {
      const expires = now + maxAge * 1000;
      store.setMany(
        missing.map((index, position) => [keys[index]!, `${expires}\n${JSON.stringify(fresh[position])}`]),
        maxAge,
      );
    }
    if (missing.length === keys.length) return answer;
    // The n-th entity fetched is the missing[n]-th asked; the others were found.
    const positions: (number | undefined)[] = found.map(() => undefined);
    for (const [position, index] of missing.entries()) positions[index] = position;
    const merged: SubgraphAnswer = entitiesAnswer(answer, positions, found.map((stored) => stored?.data));
    return { ...merged, cacheHint: restricted(answer.cacheHint, cachedHint) };
  };
}

/** A stored entity (`<expires ms>\n<its JSON>`) with at least a second left to live. */
function usable(text: string | undefined, now: number): Stored | undefined {
  if (text === undefined) return undefined;
  const newline = text.indexOf('\n');
  const expires = Number(text.slice(0, newline));
  return expires > now + 999 ? { expires, data: JSON.parse(text.slice(newline + 1)) } : undefined;
}

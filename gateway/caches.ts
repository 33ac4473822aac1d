import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { KeyvAdapter } from '@apollo/utils.keyvadapter';
import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import { createKeyv } from '@keyv/redis';
import type { Config } from '../lib/config';
import type { Logger } from '../lib/logger';
import type { Metrics } from '../lib/metrics';
import type { GatewayContext } from './context';
import type { EntityCacheOptions } from './subgraph-fetch/entity-cache';
import { memoryEntityStore, sharedEntityStore } from './subgraph-fetch/entity-store';

/** The key under which the current generation of cached responses is kept. */
const GENERATION_KEY = 'response-generation';
/** Far longer than any cache hint: when it lapses, no response of an older generation is left to resurface. */
const GENERATION_TTL_S = 86_400;
/** The in-memory entity cache's bound: every agency, and the services most asked, in a small share of the heap. */
const ENTITY_MEMORY_ENTRIES = 10_000;
/**
 * The in-memory response cache's bound, in characters of JSON, below Apollo's default (30 Mi):
 * Persian text is stored two bytes a character, and near the heap's limit the garbage collector cost
 * more than the hits saved (bench/README.md, Levers). It still holds every benchmarked operation's
 * answers at scale 1.
 */
const RESPONSE_MEMORY_CHARS = 8 * 2 ** 20;

export interface GatewayCaches {
  /** The key-value cache behind APQ and the response cache: Redis when REDIS_URL is set, else this process's memory. */
  cache: KeyValueCache<string>;
  /** Subgraphs' per-entity answers (ENTITY_CACHE): in Redis with the rest, else in an LRU of their own. */
  entityCache?: EntityCacheOptions;
  plugins: ApolloServerPlugin<GatewayContext>[];
  stop(): Promise<void>;
}

/**
 * The gateway's shared caches. With REDIS_URL every replica sees the same APQ registrations and
 * cached responses and entities. A cached response or entity is keyed by the "generation" current
 * when its query began; any mutation that succeeds through the gateway starts a new generation, so
 * the next read is computed afresh (the simplest invalidation that is always right: writes are
 * rare next to reads).
 */
export function gatewayCaches(config: Config, logger: Logger, metrics: Metrics): GatewayCaches {
  let stop = async () => {};
  let cache: KeyValueCache<string>;
  if (config.REDIS_URL) {
    const keyv = createKeyv(config.REDIS_URL, { namespace: config.REDIS_KEY_PREFIX, throwOnConnectError: false });
    keyv.on('error', (error: unknown) => logger.warn({ err: error }, 'Redis cache error'));
    cache = new KeyvAdapter(keyv);
    stop = () => keyv.disconnect();
  } else {
    cache = new InMemoryLRUCache<string>({ maxSize: RESPONSE_MEMORY_CHARS });
  }
  // In memory, entities get an LRU of their own, so that many small ones cannot crowd out whole responses (nor grow the heap past its limit).
  const entityCache: EntityCacheOptions | undefined = config.ENTITY_CACHE
    ? {
        store: config.REDIS_URL ? sharedEntityStore(cache) : memoryEntityStore(ENTITY_MEMORY_ENTRIES),
        count: (subgraph, { hits, misses }) => {
          if (hits) metrics.entityCache.inc({ subgraph, result: 'hit' }, hits);
          if (misses) metrics.entityCache.inc({ subgraph, result: 'miss' }, misses);
        },
      }
    : undefined;
  const generations = config.RESPONSE_CACHE || entityCache ? [generationPlugin(cache, config.RESPONSE_CACHE ? metrics : undefined)] : [];
  const responses = config.RESPONSE_CACHE
    ? [
        responseCachePlugin<GatewayContext>({
          cache,
          extraCacheKeyData: async ({ contextValue }) => contextValue.cacheGeneration,
          shouldReadFromCache: async ({ queryHash, request, contextValue }) => {
            const variables = safeJson(request.variables ?? {});
            // Variables nested too deep to serialise cannot be keyed (the plugin's own key would throw): execution refuses them.
            if (variables === undefined) contextValue.responseCacheBypassed = true;
            return !contextValue.responseCacheBypassed;
          },
          shouldWriteToCache: async ({ contextValue }) => !contextValue.responseCacheBypassed,
        }),
      ]
    : [];
  // The generation plugin comes second so that its willSendResponse sees the cache plugin's `age` header (a hit).
  return { cache, entityCache, plugins: [...responses, ...generations], stop };
}

/** Tells each query the cache generation it reads in (context.cacheGeneration); a successful mutation starts a new one. */
function generationPlugin(cache: KeyValueCache<string>, responseMetrics?: Metrics): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          // Only queries read cached data: a mutation's own answer is always fetched.
          if (operation?.operation === 'query') contextValue.cacheGeneration = (await cache.get(GENERATION_KEY)) ?? 'initial';
        },
        async willSendResponse({ operation, response, errors, contextValue }) {
          const failed = (errors?.length ?? 0) > 0 || (response.body.kind === 'single' && (response.body.singleResult.errors?.length ?? 0) > 0);
          if (operation?.operation === 'mutation') {
            if (!failed) await cache.set(GENERATION_KEY, randomUUID(), { ttl: GENERATION_TTL_S });
            return;
          }
          if (operation?.operation !== 'query' || !responseMetrics) return;
          const result = response.http.headers.has('age') ? 'hit' : contextValue.responseCacheBypassed ? 'bypass' : 'miss';
          responseMetrics.responseCache.inc({ result });
        },
      };
    },
  };
}

/** The JSON of a request's variables; undefined when nested too deep to stringify. */
function safeJson(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

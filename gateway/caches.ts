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

/** The key under which the current generation of cached responses is kept. */
const GENERATION_KEY = 'response-generation';
/** Far longer than any cache hint: when it lapses, no response of an older generation is left to resurface. */
const GENERATION_TTL_S = 86_400;

export interface GatewayCaches {
  /** The key-value cache behind APQ and the response cache: Redis when REDIS_URL is set, else this process's memory. */
  cache: KeyValueCache<string>;
  plugins: ApolloServerPlugin<GatewayContext>[];
  stop(): Promise<void>;
}

/**
 * The gateway's shared caches. With REDIS_URL every replica sees the same APQ registrations and
 * cached responses. A cached response is keyed by the "generation" current when it was computed;
 * any mutation that succeeds through the gateway starts a new generation, so the next read is
 * computed afresh (the simplest invalidation that is always right: writes are rare next to reads).
 */
export function gatewayCaches(config: Config, logger: Logger, metrics: Metrics): GatewayCaches {
  let stop = async () => {};
  let cache: KeyValueCache<string>;
  if (config.REDIS_URL) {
    const keyv = createKeyv(config.REDIS_URL, { namespace: config.REDIS_KEY_PREFIX, throwOnConnectError: false });
    keyv.on('error', (error: unknown) => logger.warn({ err: error }, 'Redis cache error'));
    cache = new KeyvAdapter(keyv as never);
    stop = () => keyv.disconnect();
  } else {
    cache = new InMemoryLRUCache<string>();
  }
  return { cache, plugins: config.RESPONSE_CACHE ? responseCaching(cache, metrics) : [], stop };
}

function responseCaching(cache: KeyValueCache<string>, metrics: Metrics): ApolloServerPlugin<GatewayContext>[] {
  const generations = new WeakMap<object, string>();
  const generation: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart({ contextValue }) {
      generations.set(contextValue, (await cache.get(GENERATION_KEY)) ?? 'initial');
      return {
        async willSendResponse({ operation, response, errors }) {
          const failed = (errors?.length ?? 0) > 0 || (response.body.kind === 'single' && (response.body.singleResult.errors?.length ?? 0) > 0);
          if (operation?.operation === 'mutation') {
            if (!failed) await cache.set(GENERATION_KEY, randomUUID(), { ttl: GENERATION_TTL_S });
            return;
          }
          if (operation?.operation === 'query') metrics.responseCache.inc({ result: response.http.headers.has('age') ? 'hit' : 'miss' });
        },
      };
    },
  };
  // The generation plugin comes second so that its willSendResponse sees the cache plugin's `age` header (a hit).
  return [
    responseCachePlugin<GatewayContext>({
      cache,
      extraCacheKeyData: async ({ contextValue }) => generations.get(contextValue),
    }),
    generation,
  ];
}

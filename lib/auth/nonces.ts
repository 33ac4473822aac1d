import { createClient } from '@keyv/redis';
import { LRUCache } from 'lru-cache';
import type { Logger } from '../logger';

/**
 * Nonces already seen, each kept until a given time: what lets a subgraph accept a signed
 * mutation once. In this process's memory, or in Redis (REDIS_URL) so that every replica of a
 * subgraph refuses a signature another replica has accepted.
 */
export interface NonceStore {
  /** True the first time `nonce` is claimed before `until` (ms since the epoch); false after. Throws when it cannot tell. */
  claim(nonce: string, until: number): Promise<boolean>;
  stop(): Promise<void>;
}

/** More nonces alive at once than a subgraph's writes in a signature's lifetime would ever make (the store preallocates them). */
const MEMORY_NONCES = 100_000;

export function memoryNonces(capacity = MEMORY_NONCES): NonceStore {
  // No LRU eviction of a nonce still alive (it could then be replayed): when full of live ones, claims fail.
  // Made at the first claim: a subgraph without mutations never allocates it.
  let cache: LRUCache<string, true> | undefined;
  return {
    async claim(nonce, until) {
      const seen = (cache ??= new LRUCache<string, true>({ max: capacity + 1 }));
      if (seen.has(nonce)) return false;
      if (seen.size >= capacity) {
        seen.purgeStale();
        if (seen.size >= capacity) throw new Error(`${capacity} nonces alive at once: refusing rather than forgetting one`);
      }
      seen.set(nonce, true, { ttl: Math.max(1, until - Date.now()) });
      return true;
    },
    async stop() {
      cache?.clear();
    },
  };
}

/** `SET key 1 NX PXAT until`: one atomic claim that every replica sees; Redis forgets the key when it expires. */
export function redisNonces(url: string, prefix: string, logger: Logger): NonceStore {
  // No offline queue: while Redis is unreachable a claim fails at once (the write is refused) instead of waiting.
  const client = createClient({ url, disableOfflineQueue: true, socket: { connectTimeout: 2000 } });
  client.on('error', (error: unknown) => logger.warn({ err: error }, 'Redis nonce store error'));
  client.connect().catch((error: unknown) => logger.warn({ err: error }, 'Redis nonce store: not connected'));
  return {
    async claim(nonce, until) {
      if (!client.isReady) throw new Error('Redis is not connected');
      const answer = await client.set(`${prefix}:nonce:${nonce}`, '1', { condition: 'NX', expiration: { type: 'PXAT', value: until } });
      return answer === 'OK';
    },
    async stop() {
      if (client.isOpen) client.destroy();
    },
  };
}

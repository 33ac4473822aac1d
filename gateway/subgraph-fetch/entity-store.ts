import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { LRUCache } from 'lru-cache';

/** Where the entity cache keeps its entries: a fetch's keys are read, and its fresh entities written, together. */
export interface EntityStore {
  getMany(keys: string[]): Promise<(string | undefined)[]>;
  /** Not awaited by the caller: a failed write only costs a later miss. */
  setMany(entries: [key: string, value: string][], ttlSeconds: number): void;
}

/**
 * In this process's memory, bounded by a number of entries (a large LRU costs the gateway more in
 * garbage collection than its hits save: bench/README.md, Levers). Read and
 * written synchronously, with no promise per entity: a fetch of 50 services costs 50 map lookups,
 * not 100 promises through the request-context hooks.
 */
export function memoryEntityStore(maxEntries: number): EntityStore {
  const lru = new LRUCache<string, string>({ max: maxEntries });
  return {
    getMany: async (keys) => keys.map((key) => lru.get(key)),
    setMany: (entries, ttlSeconds) => {
      for (const [key, value] of entries) lru.set(key, value, { ttl: ttlSeconds * 1000 });
    },
  };
}

/** In the gateways' shared key-value cache (Redis): KeyvAdapter batches the reads of one tick into one MGET. */
export function sharedEntityStore(cache: KeyValueCache<string>): EntityStore {
  return {
    getMany: (keys) => Promise.all(keys.map((key) => cache.get(key))),
    setMany: (entries, ttlSeconds) => {
      for (const [key, value] of entries) cache.set(key, value, { ttl: ttlSeconds }).catch(() => undefined);
    },
  };
}

import type { Metrics } from '../../lib/metrics';
import { coalesce } from './coalesce';
import { dedupe } from './dedupe';
import { entityCache, type EntityCacheOptions } from './entity-cache';
import { observe } from './observe';
import { sign, type Signer } from './sign';
import { transport } from './transport';
import type { Fetch, Stage } from './types';

export interface PipelineOptions {
  metrics: Metrics;
  sign: Signer;
  /** A fetch not answered within this is SUBGRAPH_TIMEOUT (SUBGRAPH_TIMEOUT_MS). */
  timeoutMs: number;
  /** SUBGRAPH_COALESCE */
  coalesce: boolean;
  /** ENTITY_CACHE; none: every read goes on. */
  entityCache?: EntityCacheOptions;
  /** SUBGRAPH_DEDUPE */
  dedupe: boolean;
}

/**
 * How the gateway fetches from a subgraph, each stage handing the request on to the next (a stage
 * switched off is left out):
 *
 * 1. coalesce: one client request's `_entities` reads of one selection, started together, as one fetch;
 * 2. entity cache: entities the cache holds answered from it, only the others fetched;
 * 3. observe: what goes on toward the subgraph timed, counted and traced;
 * 4. dedupe: identical reads in flight at once share one fetch;
 * 5. sign: the caller's identity signed over the request as it leaves;
 * 6. transport: HTTP to the subgraph, within the timeout and the client request's deadline.
 */
export function subgraphFetch(options: PipelineOptions): Fetch {
  const stages: (Stage | false)[] = [
    options.coalesce && coalesce(),
    options.entityCache !== undefined && entityCache(options.entityCache),
    observe(options.metrics),
    options.dedupe && dedupe(),
    sign(options.sign),
  ];
  return stages.reduceRight<Fetch>((next, stage) => (stage ? stage(next) : next), transport(options.timeoutMs));
}

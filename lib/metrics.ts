import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Express } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { OperationLabels } from './operation-labels';

/** Seconds: from a fast cached answer to a subgraph at its timeout. */
const LATENCY_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const BATCH_BUCKETS = [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 5000];
/** success and error: the operation ran (an error may be partial); refused: it was stopped before it ran (validation, a limit, the safelist). */
const OUTCOMES = ['success', 'error', 'refused'] as const;

/** Which operation names get series of their own: a fixed list (the safelist's), or the `capacity` most frequent. */
export type OperationNamePolicy = { fixed: ReadonlySet<string> } | { capacity: number };

/** What a pg pool reports (pg.Pool's counts), read when /metrics is scraped. */
export interface PoolLike {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * The Prometheus metrics of one server (gateway or subgraph), in its own registry so that the
 * in-process stack (npm start, tests) still gives each server its own /metrics. Every series
 * carries `service`; the process metrics (prom-client's defaults) are shared by the servers of a process.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly requests: Counter<'operation' | 'outcome'>;
  readonly requestSeconds: Histogram<'operation' | 'outcome'>;
  readonly subgraphFetches: Counter<'subgraph' | 'outcome'>;
  readonly subgraphFetchSeconds: Histogram<'subgraph' | 'outcome'>;
  readonly batchSize: Histogram<'loader'>;
  readonly sqlStatements: Counter<'pool' | 'outcome'>;
  readonly sqlSeconds: Histogram<'pool' | 'outcome'>;
  readonly responseCache: Counter<'result'>;
  readonly entityCache: Counter<'subgraph' | 'result'>;
  private readonly pools = new Map<string, PoolLike>();
  private readonly operations: OperationLabels;

  constructor(
    readonly service: string,
    operationNames: OperationNamePolicy = { capacity: 50 },
  ) {
    const registers = [this.registry];
    this.registry.setDefaultLabels({ service });
    this.requests = new Counter({
      name: 'panjare_graphql_requests_total',
      help: 'GraphQL operations, by operation name (the safelist\'s or the most frequent; others "other") and outcome (success, error, refused).',
      labelNames: ['operation', 'outcome'],
      registers,
    });
    this.requestSeconds = new Histogram({
      name: 'panjare_graphql_request_duration_seconds',
      help: 'Time to answer a GraphQL operation, by operation name and outcome.',
      labelNames: ['operation', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.subgraphFetches = new Counter({
      name: 'panjare_subgraph_fetches_total',
      help: 'Fetches the gateway sent to each subgraph, by outcome (success, error: GraphQL errors or no answer).',
      labelNames: ['subgraph', 'outcome'],
      registers,
    });
    this.subgraphFetchSeconds = new Histogram({
      name: 'panjare_subgraph_fetch_duration_seconds',
      help: 'Time from the gateway sending a fetch to a subgraph until its answer.',
      labelNames: ['subgraph', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.batchSize = new Histogram({
      name: 'panjare_dataloader_batch_size',
      help: 'Keys per DataLoader batch (one SQL statement each), by loader shape.',
      labelNames: ['loader'],
      buckets: BATCH_BUCKETS,
      registers,
    });
    this.sqlStatements = new Counter({
      name: 'panjare_sql_statements_total',
      help: 'SQL statements sent, by pool (primary, read) and outcome.',
      labelNames: ['pool', 'outcome'],
      registers,
    });
    this.sqlSeconds = new Histogram({
      name: 'panjare_sql_statement_duration_seconds',
      help: 'Time PostgreSQL took to answer a statement, by pool and outcome.',
      labelNames: ['pool', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.responseCache = new Counter({
      name: 'panjare_response_cache_total',
      help: 'Whole-response cache lookups at the gateway, by result (hit, miss).',
      labelNames: ['result'],
      registers,
    });
    this.entityCache = new Counter({
      name: 'panjare_entity_cache_total',
      help: 'Entities the gateway looked up in its entity cache before fetching them from a subgraph, by subgraph and result (hit, miss).',
      labelNames: ['subgraph', 'result'],
      registers,
    });
    this.operations = new OperationLabels(operationNames, (operation) => {
      for (const outcome of OUTCOMES) {
        this.requests.remove({ operation, outcome });
        this.requestSeconds.remove({ operation, outcome });
      }
    });
    const pools = this.pools;
    new Gauge({
      name: 'panjare_db_pool_connections',
      help: 'Connections of each database pool, by state (total, idle, waiting clients).',
      labelNames: ['pool', 'state'],
      registers,
      collect() {
        for (const [name, pool] of pools) {
          this.set({ pool: name, state: 'total' }, pool.totalCount);
          this.set({ pool: name, state: 'idle' }, pool.idleCount);
          this.set({ pool: name, state: 'waiting' }, pool.waitingCount);
        }
      },
    });
  }

  /** Reports a database pool's connections on every scrape. */
  watchPool(name: string, pool: PoolLike | undefined): void {
    if (pool) this.pools.set(name, pool);
  }

  /** GET /metrics in Prometheus' text format: this server's metrics, then the process's. */
  route(app: Express): void {
    app.get('/metrics', async (_request, response) => {
      const text = `${await this.registry.metrics()}\n${await processRegistry().metrics()}`;
      response.type(this.registry.contentType).send(text);
    });
  }

  /** Counts the keys of a DataLoader batch (one SQL statement) of a loader shape. */
  observeBatch(loader: string, size: number): void {
    this.batchSize.observe({ loader }, size);
  }

  /**
   * Counts and times each GraphQL operation by name (`anonymous` when unnamed; see OperationLabels for
   * which names get series) and outcome. An operation that failed without running (refused by
   * validation, a limit, the safelist; an unknown persisted query) is `refused`: it adds no name.
   */
  plugin<Context extends BaseContext>(): ApolloServerPlugin<Context> {
    const metrics = this;
    return {
      async requestDidStart() {
        const stop = metrics.requestSeconds.startTimer();
        let ran = false;
        return {
          async executionDidStart() {
            ran = true;
          },
          async willSendResponse({ operationName, response, errors }) {
            const failed = (errors?.length ?? 0) > 0 || (response.body.kind === 'single' && (response.body.singleResult.errors?.length ?? 0) > 0);
            // An answer from a cache did not run either, but has no errors: it was served.
            const refused = failed && !ran;
            const operation = refused ? metrics.operations.refused(operationName) : metrics.operations.served(operationName);
            const labels = { operation, outcome: refused ? 'refused' : failed ? 'error' : 'success' };
            metrics.requests.inc(labels);
            stop(labels);
          },
        };
      },
    };
  }
}

let processMetrics: Registry | undefined;

/** prom-client's process metrics (CPU, memory, event loop, GC), collected once per process however many servers it runs. */
function processRegistry(): Registry {
  if (!processMetrics) {
    processMetrics = new Registry();
    collectDefaultMetrics({ register: processMetrics });
  }
  return processMetrics;
}

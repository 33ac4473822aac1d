import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Express } from 'express';
import { corsPolicy, graphiqlEnabled, introspectionEnabled, sizeInBytes, suggestionsEnabled, trustProxy, type Config } from '../lib/config';
import { startGraphQLServer, type RunningServer } from '../lib/http/server';
import { createLogger, type Logger } from '../lib/logger';
import { Metrics } from '../lib/metrics';
import { ROOT } from '../lib/paths';
import { downloadRoutes } from './downloads';
import { explorerRoutes } from './explorer';
import { graphiqlLandingPage } from './graphiql';
import { createGatewayAuth, type GatewayContext } from './context';
import { backstop } from './backstop';
import { operationLimits } from './limits';
import { rateLimits } from './rate-limit';
import { subgraphReachable } from './readiness';
import { operationNames, readManifest, safelist } from './safelist';
import { gatewayCaches } from './caches';
import { subgraphFetch } from './subgraph-fetch/pipeline';
import { subgraphSource } from './subgraph-fetch/source';
import { configuredUrls, subgraphUrls, supergraphSubgraphs } from './subgraph-urls';
import { writeDenials } from './write-denials';

export interface GatewayOptions {
  config: Config;
  port: number;
  /** The internal listener's port (/metrics, /health, /ready); default 0, a free one. */
  internalPort?: number;
  /** Where some subgraphs listen, by name, over the configuration's URLs and the supergraph's own (e.g. a stack's free ports). */
  urls?: Record<string, string>;
  logger?: Logger;
}

/** The gateway: Apollo Gateway over a statically composed supergraph (SUPERGRAPH_PATH), whatever subgraphs it names. */
export async function startGateway(options: GatewayOptions): Promise<RunningServer> {
  const { config } = options;
  const logger = options.logger ?? createLogger('gateway', config.LOG_LEVEL);
  const supergraphPath = isAbsolute(config.SUPERGRAPH_PATH) ? config.SUPERGRAPH_PATH : join(ROOT, config.SUPERGRAPH_PATH);
  const supergraphSdl = readFileSync(supergraphPath, 'utf8');
  const urls = subgraphUrls(supergraphSubgraphs(supergraphSdl), { ...configuredUrls(config), ...options.urls });
  const auth = createGatewayAuth(config, urls.catalogue, logger);
  const persisted = persistedQueries(config);
  const metrics = new Metrics('gateway', persisted.operationNames ? { fixed: persisted.operationNames } : { capacity: config.METRICS_OPERATION_NAMES });
  const caches = gatewayCaches(config, logger, metrics);
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) =>
      subgraphSource(
        name,
        urls[name]!,
        subgraphFetch({
          metrics,
          sign: (request, identity) => auth.sign(identity, request),
          timeoutMs: config.SUBGRAPH_TIMEOUT_MS,
          coalesce: config.SUBGRAPH_COALESCE,
          entityCache: caches.entityCache,
          dedupe: config.SUBGRAPH_DEDUPE,
        }),
      ),
    logger,
  });
  const limits = operationLimits(config);
  const bounds = backstop(config.REQUEST_DEADLINE_MS, sizeInBytes(config.MAX_RESPONSE_SIZE), logger);
  const rates = await rateLimits(config, logger);
  const server = await startGraphQLServer<GatewayContext>({
    name: 'gateway',
    metrics,
    host: config.HOST,
    port: options.port,
    internalPort: options.internalPort,
    trustProxy: trustProxy(config),
    logger,
    maxBody: config.GATEWAY_MAX_BODY,
    cors: corsPolicy(config),
    middleware: [...limits.middleware, bounds.sizeCap],
    refineErrorCode: limits.refineErrorCode,
    hideErrorInternals: config.NODE_ENV === 'production',
    routes: gatewayRoutes(config.HOST),
    readiness: () => ({
      supergraph: async () => {
        if (!gateway.schema) throw new Error('not loaded');
      },
      ...Object.fromEntries(Object.entries(urls).map(([name, url]) => [name, subgraphReachable(url, (request) => auth.sign(null, { subgraph: name, ...request }))])),
    }),
    readyTimeoutMs: config.READY_TIMEOUT_MS,
    stopGraceMs: config.SHUTDOWN_GRACE_MS,
    apollo: {
      gateway,
      plugins: [graphiqlEnabled(config) ? graphiqlLandingPage() : ApolloServerPluginLandingPageDisabled(), writeDenials(logger), bounds.plugin, ...limits.plugins, ...rates.plugins, ...persisted.plugins, ...caches.plugins],
      cache: caches.cache,
      parseOptions: limits.parseOptions,
      validationRules: limits.validationRules,
      allowBatchedHttpRequests: limits.allowBatchedHttpRequests,
      introspection: introspectionEnabled(config),
      hideSchemaDetailsFromClientErrors: !suggestionsEnabled(config),
      csrfPrevention: true,
      persistedQueries: persisted.persistedQueries,
    },
    context: async (request, requestId) => {
      const context = await auth.context(request, requestId);
      const work = bounds.start();
      return { ...context, work, signal: work.signal };
    },
  });
  return {
    ...server,
    stop: async () => {
      await server.stop();
      await caches.stop();
      await rates.stop();
    },
  };
}

/** APQ (Apollo's default), the safelist, or neither. */
function persistedQueries(config: Config) {
  if (config.PERSISTED_QUERIES === 'off') return { plugins: [], persistedQueries: false as const };
  if (config.PERSISTED_QUERIES === 'apq') return { plugins: [], persistedQueries: undefined };
  const path = isAbsolute(config.SAFELIST_PATH) ? config.SAFELIST_PATH : join(ROOT, config.SAFELIST_PATH);
  const operations = readManifest(path);
  const list = safelist(operations);
  return { plugins: [list.plugin], persistedQueries: list.persistedQueries, operationNames: operationNames(operations) };
}

/** The gateway's routes beside /graphql: the explorer (when built) and the downloads. */
function gatewayRoutes(host: string): (app: Express) => void {
  const explorer = explorerRoutes();
  return (app) => {
    explorer?.(app);
    downloadRoutes(app, host);
  };
}

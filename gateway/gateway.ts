import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { corsOrigins, graphiqlEnabled, introspectionEnabled, suggestionsEnabled, trustProxy, type Config } from '../lib/config';
import { startGraphQLServer, type RunningServer } from '../lib/http/server';
import { createLogger, type Logger } from '../lib/logger';
import { Metrics } from '../lib/metrics';
import { ROOT } from '../lib/paths';
import type { SubgraphName } from '../lib/subgraphs';
import { explorerRoutes } from './explorer';
import { graphiqlLandingPage } from './graphiql';
import { createGatewayAuth, type GatewayContext } from './context';
import { operationLimits } from './limits';
import { subgraphReachable } from './readiness';
import { operationNames, readManifest, safelist } from './safelist';
import { gatewayCaches } from './caches';
import { ObservedSubgraphSource } from './observed-source';
import { writeDenials } from './write-denials';

export type SubgraphUrls = Record<SubgraphName, string>;

export interface GatewayOptions {
  config: Config;
  port: number;
  /** The internal listener's port (/metrics, /health, /ready); default 0, a free one. */
  internalPort?: number;
  /** Where each subgraph listens; the static supergraph's own URLs are only local defaults. */
  urls: SubgraphUrls;
  logger?: Logger;
}

export function subgraphUrls(config: Config): SubgraphUrls {
  return { catalogue: config.CATALOGUE_URL, inquiries: config.INQUIRIES_URL, projects: config.PROJECTS_URL };
}

/** The gateway: Apollo Gateway over the committed, statically composed supergraph. */
export async function startGateway(options: GatewayOptions): Promise<RunningServer> {
  const { config, urls } = options;
  const logger = options.logger ?? createLogger('gateway', config.LOG_LEVEL);
  const supergraphPath = isAbsolute(config.SUPERGRAPH_PATH) ? config.SUPERGRAPH_PATH : join(ROOT, config.SUPERGRAPH_PATH);
  const auth = createGatewayAuth(config, urls.catalogue, logger);
  const persisted = persistedQueries(config);
  const metrics = new Metrics('gateway', persisted.operationNames ? { fixed: persisted.operationNames } : { capacity: config.METRICS_OPERATION_NAMES });
  const caches = gatewayCaches(config, logger, metrics);
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(supergraphPath, 'utf8'),
    buildService: ({ name }) => {
      const url = urls[name as SubgraphName];
      if (!url) throw new Error(`the supergraph names a subgraph "${name}" with no configured URL`);
      return new ObservedSubgraphSource(name, metrics, {
        url,
        sign: auth.sign,
        timeoutMs: config.SUBGRAPH_TIMEOUT_MS,
        dedupe: config.SUBGRAPH_DEDUPE,
        coalesce: config.SUBGRAPH_COALESCE,
        entityCache: caches.entityCache,
      });
    },
    logger,
  });
  const limits = operationLimits(config);
  const server = await startGraphQLServer<GatewayContext>({
    name: 'gateway',
    metrics,
    host: config.HOST,
    port: options.port,
    internalPort: options.internalPort,
    trustProxy: trustProxy(config),
    logger,
    maxBody: config.GATEWAY_MAX_BODY,
    corsOrigins: corsOrigins(config),
    middleware: limits.middleware,
    refineErrorCode: limits.refineErrorCode,
    routes: explorerRoutes(),
    readiness: () => ({
      supergraph: async () => {
        if (!gateway.schema) throw new Error('not loaded');
      },
      ...Object.fromEntries(Object.entries(urls).map(([name, url]) => [name, subgraphReachable(url, () => auth.sign(null))])),
    }),
    readyTimeoutMs: config.READY_TIMEOUT_MS,
    stopGraceMs: config.SHUTDOWN_GRACE_MS,
    apollo: {
      gateway,
      plugins: [graphiqlEnabled(config) ? graphiqlLandingPage() : ApolloServerPluginLandingPageDisabled(), writeDenials(logger), ...limits.plugins, ...persisted.plugins, ...caches.plugins],
      cache: caches.cache,
      parseOptions: limits.parseOptions,
      validationRules: limits.validationRules,
      allowBatchedHttpRequests: limits.allowBatchedHttpRequests,
      introspection: introspectionEnabled(config),
      hideSchemaDetailsFromClientErrors: !suggestionsEnabled(config),
      csrfPrevention: true,
      persistedQueries: persisted.persistedQueries,
    },
    context: auth.context,
  });
  return {
    ...server,
    stop: async () => {
      await server.stop();
      await caches.stop();
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

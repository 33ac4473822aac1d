import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import type { Config } from '../lib/config';
import { startGraphQLServer, type RunningServer } from '../lib/http/server';
import { createLogger, type Logger } from '../lib/logger';
import { ROOT } from '../lib/paths';
import type { SubgraphName } from '../lib/subgraphs';
import { graphiqlLandingPage } from './graphiql';
import { createGatewayAuth, type GatewayContext } from './context';
import { SubgraphSource } from './subgraph-source';

export type SubgraphUrls = Record<SubgraphName, string>;

export interface GatewayOptions {
  config: Config;
  port: number;
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
  const auth = createGatewayAuth(config, urls.catalogue);
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(supergraphPath, 'utf8'),
    buildService: ({ name }) => {
      const url = urls[name as SubgraphName];
      if (!url) throw new Error(`the supergraph names a subgraph "${name}" with no configured URL`);
      return new SubgraphSource(name, url, auth.sign);
    },
    logger,
  });
  return startGraphQLServer<GatewayContext>({
    name: 'gateway',
    host: config.HOST,
    port: options.port,
    logger,
    apollo: { gateway, plugins: [graphiqlLandingPage()] },
    context: auth.context,
  });
}

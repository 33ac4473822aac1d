import { graphiqlEnabled, loadConfig } from '../lib/config';
import { createLogger } from '../lib/logger';
import { startTracing } from '../lib/tracing';
import { tokenKeys } from '../lib/auth/secrets';
import { onShutdown, runMain } from '../lib/process';
import { configuredPorts, startStack } from './stack';
import { explorerBuilt } from '../gateway/explorer';
import { seed } from '../seeds/load';
import { openDatabase } from './database';
import { seedProgress } from './seed-progress';

/** npm start: database → migrations → seed (when empty) → subgraphs → gateway. */
runMain(async () => {
  const config = loadConfig();
  const logger = createLogger('panjare', config.LOG_LEVEL, config.LOG_FORMAT);
  const stopTracing = startTracing(config, 'panjare');
  const database = await openDatabase(config, logger);
  try {
    const log = (message: string) => logger.info(message);
    await seed({ databaseUrl: database.url, scale: config.SEED_SCALE, mode: 'if-empty', log, progress: seedProgress(log) });
    const stack = await startStack(config, database.url, configuredPorts(config));
    for (const subgraph of Object.values(stack.subgraphs)) logger.info(`${subgraph.name} subgraph at ${subgraph.url} (metrics and probes at ${subgraph.internalUrl})`);
    logger.info(`gateway metrics and probes (/metrics, /health, /ready) at ${stack.gateway.internalUrl}`);
    logger.info(`gateway ready: query ${stack.gateway.url} (${graphiqlEnabled(config) ? 'open it in a browser for GraphiQL, or POST GraphQL to it' : 'POST GraphQL to it; GraphiQL is off (GRAPHIQL)'})`);
    if (explorerBuilt()) logger.info(`explorer page: ${stack.gateway.url.replace(/graphql$/, 'explorer/')}`);
    else logger.info('no explorer page: build it with `npm run build:explorer` to serve it at /explorer/');
    logger.info(
      tokenKeys(config).kind === 'jwks'
        ? 'writes need a bearer token from the identity provider of JWKS_URL (Authorization: Bearer <token>)'
        : 'writes need a bearer token: mint a local one with `npm run token -- --agency AG-002 --role editor [--ttl 1h]` (or `--role admin`) and send it as "Authorization: Bearer <token>"',
    );
    onShutdown(async () => {
      logger.info('shutting down');
      await stack.stop();
      await database.stop();
      await stopTracing();
    });
  } catch (error) {
    await database.stop();
    throw error;
  }
});

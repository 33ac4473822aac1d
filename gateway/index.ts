import { loadConfig } from '../lib/config';
import { createLogger } from '../lib/logger';
import { startTracing } from '../lib/tracing';
import { onShutdown, runMain } from '../lib/process';
import { startGateway } from './gateway';

/** The gateway run alone: subgraph URLs from the supergraph, or SUBGRAPH_URLS and <NAME>_URL where set. */
runMain(async () => {
  const config = loadConfig();
  const logger = createLogger('gateway', config.LOG_LEVEL, config.LOG_FORMAT);
  const stopTracing = startTracing(config, 'gateway');
  const gateway = await startGateway({ config, port: config.GATEWAY_PORT, internalPort: config.INTERNAL_PORT, logger });
  logger.info(`gateway ready at ${gateway.url} (metrics and probes at ${gateway.internalUrl})`);
  onShutdown(async () => {
    await gateway.stop();
    await stopTracing();
    logger.info('gateway stopped');
  });
});

import { ConfigError, loadConfig, type Config } from '../../lib/config';
import { createLogger } from '../../lib/logger';
import { startTracing } from '../../lib/tracing';
import { onShutdown, runMain } from '../../lib/process';
import { startSubgraph, type SubgraphDefinition } from './subgraph';

type PortSetting = 'CATALOGUE_PORT' | 'INQUIRIES_PORT' | 'PROJECTS_PORT';

/** Entry point of one subgraph run alone (its own process or host): needs DATABASE_URL. */
export function runSubgraphMain<Loaders>(definition: SubgraphDefinition<Loaders>, portSetting: PortSetting): void {
  runMain(async () => {
    const config: Config = loadConfig();
    if (!config.DATABASE_URL) {
      throw new ConfigError(`DATABASE_URL must be set to run the ${definition.name} subgraph alone (npm start runs the whole stack with its own database)`);
    }
    const logger = createLogger(definition.name, config.LOG_LEVEL, config.LOG_FORMAT);
    const stopTracing = startTracing(config, definition.name);
    const subgraph = await startSubgraph(definition, { config, databaseUrl: config.DATABASE_URL, port: config[portSetting], internalPort: config.INTERNAL_PORT, logger });
    logger.info(`${definition.name} subgraph ready at ${subgraph.url} (metrics and probes at ${subgraph.internalUrl})`);
    onShutdown(async () => {
      await subgraph.stop();
      await stopTracing();
      logger.info(`${definition.name} subgraph stopped`);
    });
  });
}

import { ConfigError, loadConfig } from '../lib/config';
import { createDataSource, migrate } from '../lib/database/data-source';
import { createLogger } from '../lib/logger';
import { runMain } from '../lib/process';
import { seed } from '../seeds/load';
import { catalogue } from '../subgraphs/catalogue';
import { inquiries } from '../subgraphs/inquiries';
import { projects } from '../subgraphs/projects';
import { seedProgress } from './seed-progress';

/**
 * node dist/scripts/migrate.js [--seed]: applies every subgraph's pending migrations on DATABASE_URL, once per release
 * (a compose one-shot service, a Kubernetes Job), for subgraphs run with MIGRATE_ON_START=false. `--seed` then loads the
 * seed at SEED_SCALE into schemas that have none, as npm start does; it never replaces data.
 */
runMain(async () => {
  const config = loadConfig();
  if (!config.DATABASE_URL) throw new ConfigError('DATABASE_URL must be set to run the migrations');
  const logger = createLogger('migrate', config.LOG_LEVEL, config.LOG_FORMAT);
  for (const definition of [catalogue, inquiries, projects]) {
    const dataSource = createDataSource({
      url: config.DATABASE_URL,
      schema: definition.name,
      entities: definition.entities,
      migrations: definition.migrations,
      // One connection holds the migration lock, TypeORM runs the migrations on another.
      poolSize: 2,
      applicationName: `panjare-migrate-${definition.name}`,
      connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS,
      // A migration may rebuild an index or a view over every row: no per-statement limit here.
      statementTimeoutMs: 0,
    });
    await dataSource.initialize();
    try {
      await migrate(dataSource);
    } finally {
      await dataSource.destroy();
    }
    logger.info(`${definition.name}: migrations applied`);
  }
  if (process.argv.includes('--seed')) {
    const log = (message: string) => logger.info(message);
    await seed({ databaseUrl: config.DATABASE_URL, scale: config.SEED_SCALE, mode: 'if-empty', log, progress: seedProgress(log) });
  }
  logger.info('migrations done');
});

import { loadConfig } from '../lib/config';
import { createLogger } from '../lib/logger';
import { runMain } from '../lib/process';
import { seed } from '../seeds/load';
import { openDatabase } from './database';
import { seedProgress } from './seed-progress';

/** npm run seed [-- --force]: loads the seed at SEED_SCALE unless that very seed is already there. */
runMain(async () => {
  const config = loadConfig();
  const logger = createLogger('seed', config.LOG_LEVEL);
  const database = await openDatabase(config, logger);
  try {
    const mode = process.argv.includes('--force') ? 'force' : 'unless-same';
    const log = (message: string) => logger.info(message);
    await seed({ databaseUrl: database.url, scale: config.SEED_SCALE, mode, log, progress: seedProgress(log) });
  } finally {
    await database.stop();
  }
});

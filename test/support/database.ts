import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../lib/database/embedded';
import { StartError } from '../../lib/process';

/** How the global setup hands the database to the test workers (they inherit its environment). */
export const URL_VARIABLE = 'PANJARE_TEST_DATABASE_URL';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

async function admin<T>(serverUrl: string, run: (client: Client) => Promise<T>): Promise<T> {
  const url = new URL(serverUrl);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A fresh, empty database on the server of `serverUrl`, dropped by `drop`. */
export async function createScratchDatabase(serverUrl: string, prefix = 'panjare_test'): Promise<TestDatabase> {
  const name = `${prefix}_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  await admin(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** The run's database: a fresh one on DATABASE_URL's server when set, else on an embedded PostgreSQL. */
export async function createTestDatabase(serverUrl: string | undefined): Promise<TestDatabase> {
  if (serverUrl) {
    return createScratchDatabase(serverUrl).catch((error: unknown) => {
      const where = serverUrl.replace(/:[^:@/]*@/, ':***@');
      throw new StartError(`the PostgreSQL at DATABASE_URL (${where}) cannot give the tests a database: ${error instanceof Error ? error.message : String(error)}`);
    });
  }
  const embedded = await startEmbeddedPostgres({
    dir: mkdtempSync(join(tmpdir(), 'panjare-test-pg-')),
    port: 0,
    database: 'panjare_test',
    persistent: false,
  });
  return { url: embedded.url, drop: embedded.stop };
}

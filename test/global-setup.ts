import { renameSync, writeFileSync } from 'node:fs';
import { StartError } from '../lib/process';
import { seed } from '../seeds/load';
import { createTestDatabase, URL_VARIABLE, type TestDatabase } from './support/database';
import { TEST_LOCAL_SECRETS, TEST_SECRETS } from './support/stack';

declare global {
  var panjareTestDatabase: TestDatabase | undefined;
}

/** Boots the database once for the whole run, migrated and seeded at scale 1. */
export default async function globalSetup(): Promise<void> {
  // Written whole and then renamed: another test run on this machine may be reading the same file.
  const staged = `${TEST_SECRETS.LOCAL_SECRETS_FILE}.${process.pid}`;
  writeFileSync(staged, JSON.stringify(TEST_LOCAL_SECRETS), { mode: 0o600 });
  renameSync(staged, TEST_SECRETS.LOCAL_SECRETS_FILE);
  const database = await createTestDatabase(process.env.DATABASE_URL).catch((error: unknown) => {
    // A database that cannot start says why in its message; jest prints the stack, which would only bury it.
    if (error instanceof StartError) error.stack = `npm test needs a PostgreSQL: ${error.message}`;
    throw error;
  });
  globalThis.panjareTestDatabase = database;
  await seed({ databaseUrl: database.url, scale: 1, mode: 'force' });
  process.env[URL_VARIABLE] = database.url;
}

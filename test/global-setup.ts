import { seed } from '../seeds/load';
import { createTestDatabase, URL_VARIABLE, type TestDatabase } from './support/database';

declare global {
  var panjareTestDatabase: TestDatabase | undefined;
}

/** Boots the database once for the whole run, migrated and seeded at scale 1. */
export default async function globalSetup(): Promise<void> {
  const database = await createTestDatabase(process.env.DATABASE_URL);
  globalThis.panjareTestDatabase = database;
  await seed({ databaseUrl: database.url, scale: 1, mode: 'force' });
  process.env[URL_VARIABLE] = database.url;
}

import { seed } from '../../seeds/load';
import { createScratchDatabase } from './database';
import { startTestStack, testDatabaseUrl, type TestStack } from './stack';

/**
 * A test stack on a database of its own, migrated and seeded at scale 1: for tests that
 * write, so the files reading the shared seed in parallel never see their changes.
 */
export async function startScratchStack(env: Record<string, string> = {}): Promise<TestStack> {
  const database = await createScratchDatabase(testDatabaseUrl(), 'panjare_scratch');
  try {
    await seed({ databaseUrl: database.url, scale: 1, mode: 'force' });
    const stack = await startTestStack(env, database.url);
    return {
      ...stack,
      stop: async () => {
        await stack.stop();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}

import { join } from 'node:path';
import { createDatabaseIfMissing, startEmbeddedPostgres } from '../lib/database/embedded';

export interface BenchDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * The benchmark's own database for one scale, kept between runs so a scale is seeded once:
 * on DATABASE_URL's server (database panjare_bench_<scale>) when set, else an embedded
 * PostgreSQL in bench/.data/scale-<N>.
 */
export async function openBenchDatabase(scale: number, serverUrl: string | undefined): Promise<BenchDatabase> {
  const database = `panjare_bench_${scale}`;
  if (serverUrl) {
    const admin = new URL(serverUrl);
    admin.pathname = '/postgres';
    await createDatabaseIfMissing(admin.toString(), database);
    const url = new URL(serverUrl);
    url.pathname = `/${database}`;
    return { url: url.toString(), stop: async () => {} };
  }
  return startEmbeddedPostgres({ dir: join(__dirname, '.data', `scale-${scale}`), port: 0, database });
}

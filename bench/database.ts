import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDatabaseIfMissing, startEmbeddedPostgres } from '../lib/database/embedded';

export interface BenchDatabase {
  url: string;
  /** The embedded server's postmaster, whose process tree is all of PostgreSQL's CPU; undefined on DATABASE_URL's server (shared). */
  serverPid(): number | undefined;
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
    return { url: url.toString(), serverPid: () => undefined, stop: async () => {} };
  }
  const dir = join(__dirname, '.data', `scale-${scale}`);
  const server = await startEmbeddedPostgres({ dir, port: 0, database });
  return { ...server, serverPid: () => Number(readFileSync(join(dir, 'postmaster.pid'), 'utf8').split('\n', 1)[0]) || undefined };
}

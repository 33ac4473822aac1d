import { join } from 'node:path';
import { freePort } from '../../lib/database/embedded';
import { ROOT } from '../../lib/paths';
import { startProcess, type BenchProcess } from '../processes';

export interface RunningFloor {
  process: BenchProcess;
  /** Where the floor answers one operation. */
  url(operationName: string): string;
  stop(): Promise<void>;
}

/** The SQL floor (bench/floor/server.ts) as a process of its own on the benchmark's database. */
export async function startFloor(databaseUrl: string): Promise<RunningFloor> {
  const port = await freePort();
  const floor = await startProcess({
    name: 'floor',
    command: join(ROOT, 'node_modules', '.bin', 'tsx'),
    args: [join(__dirname, 'server.ts')],
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', PORT: String(port) },
    ready: /floor ready/,
  });
  return { process: floor, url: (operationName) => `http://127.0.0.1:${port}/${operationName}`, stop: floor.stop };
}

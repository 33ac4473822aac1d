import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { freePort } from '../lib/database/embedded';
import { ROOT } from '../lib/paths';
import { runMain } from '../lib/process';
import { seed } from '../seeds/load';
import { takeCensus } from './census';
import { openBenchDatabase } from './database';
import { startFloor } from './floor/start';
import { drive } from './load';
import { loadOperations, requestBodies, type Operation } from './operations';
import { startHive } from './peer';
import { loadPools, type Pools } from './pools';
import { cpuClock, sampleMemory, type BenchProcess } from './processes';
import { markdownTable, writeReport, type ScaleReport, type TargetName, type TargetResult } from './report';
import { startStack } from './stack';
import { startProgress } from '../lib/progress';
import { seedProgress } from '../scripts/seed-progress';

/**
 * npm run bench [-- --scale 1,100] [--quick] [--peer hive] [--duration 15] [--connections 16] [--only a,b] [--profile]
 * Boots the stack as separate processes on the benchmark's own database, then drives each
 * operation on ours, the SQL floor and (with --peer hive) Hive Gateway, and reports.
 */
const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    quick: { type: 'boolean', default: false },
    peer: { type: 'string' },
    duration: { type: 'string' },
    warmup: { type: 'string' },
    connections: { type: 'string', default: '16' },
    only: { type: 'string' },
    profile: { type: 'boolean', default: false },
  },
});

const log = (message: string) => console.error(`[bench] ${message}`);
const quick = args.quick!;
const durationSeconds = Number(args.duration ?? (quick ? 3 : 15));
const warmupSeconds = Number(args.warmup ?? (quick ? 1 : 3));
const connections = Number(args.connections);
const scales = quick ? [1] : args.scale!.split(',').map(Number);
if (args.peer && args.peer !== 'hive') throw new Error(`--peer knows only "hive", not "${args.peer}"`);

runMain(async () => {
  const operations = loadOperations(args.only?.split(','));
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
  let failures: string[] = [];
  for (const scale of scales) {
    const report = await benchScale(scale, operations, commit);
    const files = writeReport(join(__dirname, 'results'), report);
    console.log(markdownTable(report));
    log(`written ${files.join(', ')}`);
    failures = failures.concat(regressions(report));
  }
  if (failures.length) {
    console.error(`[bench] FAILED:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
});

async function benchScale(scale: number, operations: Operation[], commit: string): Promise<ScaleReport> {
  const database = await openBenchDatabase(scale, process.env.DATABASE_URL);
  // Stopped last first: the floor and the peer, then our stack.
  const stops: (() => Promise<void>)[] = [];
  try {
    const seedStarted = Date.now();
    await seed({ databaseUrl: database.url, scale, mode: 'unless-same', log, progress: seedProgress(log) });
    const seedSeconds = (Date.now() - seedStarted) / 1000;
    const pools = await loadPools(database.url);
    const census = await takeCensus(database.url, operations, pools);

    // --profile: each of our processes writes a V8 CPU profile into bench/results/profiles when it stops.
    const stack = await startStack({ databaseUrl: database.url, profileDir: args.profile ? join(__dirname, 'results', 'profiles') : undefined });
    stops.push(stack.stop);
    const { subgraphs, urls } = stack;
    // Ours as shipped (response and entity caches on), and the same gateway without them: what each answer costs when computed.
    const shipped = await stack.startGateway();
    const uncached = await stack.startGateway({ RESPONSE_CACHE: 'false', ENTITY_CACHE: 'false' });
    const floor = await startFloor(database.url);
    stops.push(floor.stop);
    const hivePort = await freePort();
    const hive = args.peer ? await startHive(hivePort, urls, log) : undefined;
    if (hive) stops.push(hive.stop);

    const targets: [TargetName, BenchProcess[], (operation: Operation) => string, boolean][] = [
      ['panjare', [shipped.gateway, ...subgraphs], () => shipped.url, true],
      ['panjare-uncached', [uncached.gateway, ...subgraphs], () => uncached.url, true],
      ['floor', [floor.process], (operation) => floor.url(operation.name), false],
      ...(hive ? [['hive', [hive, ...subgraphs], () => `http://127.0.0.1:${hivePort}/graphql`, true] as [TargetName, BenchProcess[], (operation: Operation) => string, boolean]] : []),
    ];
    const report: ScaleReport = {
      date: new Date().toISOString().slice(0, 10),
      commit,
      scale,
      machine: { cpus: cpus().length, node: process.version },
      settings: { connections, durationSeconds, quick },
      seedSeconds,
      operations: {},
    };
    const progress = startProgress({ label: `scale ${scale}`, total: operations.length * targets.length, unit: 'measurements', log });
    let measured = 0;
    for (const operation of operations) {
      progress.update(measured, `${operation.name}: warming up`);
      // The requests every target will be sent, once, shared out among the gateways: otherwise the first target pays for
      // the database's and the subgraphs' cold start on these ids and the later ones do not, and each gateway process
      // is equally warm (two identical gateways measured in a row: 10–16 % fewer req/s for the first, at scale 100).
      const primer = requestBodies(operation, pools, true);
      const gateways = targets.filter(([, , , graphql]) => graphql);
      for (const [, , url] of gateways) {
        await drive({ url: url(operation), body: primer, connections, durationSeconds: (warmupSeconds + durationSeconds) / gateways.length });
      }
      const results: Partial<Record<TargetName, TargetResult>> = {};
      for (const [name, processes, url, graphql] of targets) {
        progress.update(measured, `${operation.name} on ${name}`);
        results[name] = await measure(operation, pools, url(operation), graphql, processes, database.serverPid());
        progress.update(++measured);
        progress.log(`scale ${scale} ${operation.name} on ${name}: ${results[name]!.requestsPerSecond} req/s, p50 ${results[name]!.p50} ms, p99 ${results[name]!.p99} ms, ${results[name]!.errors} errors, CPU ms/req ${JSON.stringify(results[name]!.cpuMsPerRequest)}`);
      }
      report.operations[operation.name] = { census: census[operation.name]!, targets: results };
    }
    progress.stop();
    return report;
  } finally {
    for (const stop of stops.reverse()) await stop();
    await database.stop();
  }
}

async function measure(operation: Operation, pools: Pools, url: string, graphql: boolean, processes: BenchProcess[], postgresPid: number | undefined): Promise<TargetResult> {
  const body = requestBodies(operation, pools, graphql);
  await drive({ url, body, connections, durationSeconds: warmupSeconds });
  const stopSampling = sampleMemory(processes);
  const cpu = cpuClock(processes, postgresPid);
  const result = await drive({ url, body, connections, durationSeconds });
  const spent = cpu();
  const perRequest = (ms: number) => Math.round((ms / Math.max(result.requests, 1)) * 10) / 10;
  const cpuMsPerRequest = Object.fromEntries(Object.entries(spent.byProcess).map(([name, ms]) => [name, perRequest(ms)]));
  const postgresCpuMsPerRequest = spent.postgres === undefined ? undefined : perRequest(spent.postgres);
  const rssMb = stopSampling();
  // Requests autocannon abandoned at the end are still being answered: one more, awaited, lets that backlog drain
  // before the next measurement (a slow operation otherwise starves the one after it).
  await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(), signal: AbortSignal.timeout(30_000) }).catch(() => undefined);
  return { ...result, rssMb, cpuMsPerRequest, postgresCpuMsPerRequest };
}

/** What fails the run: errors anywhere, or SQL statements that grow with the page size. */
function regressions(report: ScaleReport): string[] {
  const found: string[] = [];
  for (const [name, { census, targets }] of Object.entries(report.operations)) {
    if (census.bySize && census.bySize.large !== census.bySize.small) {
      found.push(`${name}: ${census.bySize.small} SQL statements at page size 5 but ${census.bySize.large} at 100`);
    }
    for (const [target, result] of Object.entries(targets)) {
      if (result && result.errors > 0) found.push(`${name} on ${target}: ${result.errors} errors`);
    }
  }
  return found;
}

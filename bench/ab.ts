import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runMain } from '../lib/process';
import { seed } from '../seeds/load';
import { openBenchDatabase } from './database';
import { startFloor, type RunningFloor } from './floor/start';
import { drive } from './load';
import { loadOperations, requestBodies, type Operation } from './operations';
import { loadPools, type Pools } from './pools';
import { cpuClock, type BenchProcess } from './processes';
import { startStack, type BenchStack } from './stack';

/**
 * npm run bench:ab -- --a NAME=value[,NAME=value] [--b NAME=value] [--a-root DIR] [--scale 100] [--only a,b] [--duration 4] [--cached] [--profile] [--page N] [--floor]
 *
 * One lever, measured in the same minutes: two whole stacks (three subgraphs and a gateway each) on the
 * benchmark's database for the scale, differing only in the settings given as --a and --b; each operation is
 * sent once through both, then driven A, B, B, A, so that the machine's drift falls on both sides alike. The
 * gateways run without their caches unless --cached: what a computed answer costs. Prints, per operation and
 * side, req/s and p50 of each run, the CPU of the stack's Node processes (and of its gateway alone) and of the embedded
 * PostgreSQL per request. --profile: V8 CPU profiles of every process into bench/results/profiles/ab-<side>.
 * --page N: every operation asks pages of N (its page variable) on both sides; --page 0 leaves what the hops
 * between the processes cost, whatever the rows. --floor: the SQL floor too, driven once per operation after the
 * sides, on the operation's own pages (not --page's), as the target p50 ≤ 3× the floor's is set.
 * --a-root DIR: side A runs another checkout's build (DIR/dist, built there first), e.g. an older commit in a
 * git worktree, against this one's on B: a change measured as a whole.
 */
const { values: args } = parseArgs({
  options: {
    a: { type: 'string', default: '' },
    b: { type: 'string', default: '' },
    'a-root': { type: 'string' },
    scale: { type: 'string', default: '100' },
    only: { type: 'string' },
    duration: { type: 'string', default: '4' },
    connections: { type: 'string', default: '16' },
    cached: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    page: { type: 'string' },
    floor: { type: 'boolean', default: false },
  },
});

const settings = (text: string): NodeJS.ProcessEnv =>
  Object.fromEntries(
    text
      .split(',')
      .filter(Boolean)
      .map((pair) => {
        const [name, ...value] = pair.split('=');
        if (!name || value.length === 0) throw new Error(`--a and --b take NAME=value pairs, not "${pair}"`);
        return [name, value.join('=')];
      }),
  );

interface Side {
  name: 'A' | 'B';
  stack: BenchStack;
  gateway: BenchProcess;
  url: string;
  runs: { requestsPerSecond: number; p50: number; requests: number; nodeMs: number; gatewayMs: number; postgresMs: number; errors: number }[];
}

runMain(async () => {
  const scale = Number(args.scale);
  const durationSeconds = Number(args.duration);
  const connections = Number(args.connections);
  const page = args.page === undefined ? undefined : Number(args.page);
  if (page !== undefined && !(Number.isInteger(page) && page >= 0)) throw new Error(`--page takes a whole number from 0, not "${args.page}"`);
  const operations = loadOperations(args.only?.split(','));
  // Checked before any stack starts: every operation asked must have a page variable.
  const driven = page === undefined ? operations : operations.map((operation) => withPage(operation, page));
  const database = await openBenchDatabase(scale, process.env.DATABASE_URL);
  const sides: Side[] = [];
  let floor: RunningFloor | undefined;
  try {
    await seed({ databaseUrl: database.url, scale, mode: 'unless-same', log: (message) => console.error(`[ab] ${message}`) });
    const pools = await loadPools(database.url);
    const postgresPid = database.serverPid();
    const caches = args.cached ? {} : { RESPONSE_CACHE: 'false', ENTITY_CACHE: 'false' };
    for (const [name, text] of [['A', args.a!], ['B', args.b!]] as const) {
      const profileDir = args.profile ? join(__dirname, 'results', 'profiles', `ab-${name}`) : undefined;
      const stack = await startStack({ databaseUrl: database.url, env: settings(text), profileDir, root: name === 'A' ? args['a-root'] : undefined });
      sides.push({ name, stack, runs: [], ...(await stack.startGateway(caches)) });
    }
    if (args.floor) floor = await startFloor(database.url);
    console.log(`A: ${args['a-root'] ? `${args['a-root']}'s build, ` : ''}${args.a || '(defaults)'}; B: ${args.b || '(defaults)'}; scale ${scale}, ${connections} connections × ${durationSeconds} s per run, ${args.cached ? 'caches on' : 'caches off'}${page === undefined ? '' : `, pages of ${page}`}`);
    console.log('');
    console.log("| operation | A req/s · p50 ms | B req/s · p50 ms | A · B Node CPU ms/req (the gateway's) | A · B PostgreSQL CPU ms/req | floor req/s · p50 ms | errors |");
    console.log('| --- | --- | --- | --- | --- | --- | ---: |');
    for (const [index, operation] of operations.entries()) {
      const body = requestBodies(driven[index]!, pools, true);
      for (const side of sides) await drive({ url: side.url, body, connections, durationSeconds });
      for (const side of [sides[0]!, sides[1]!, sides[1]!, sides[0]!]) {
        const cpu = cpuClock([side.gateway, ...side.stack.subgraphs], postgresPid);
        const result = await drive({ url: side.url, body, connections, durationSeconds });
        const { byProcess, postgres } = cpu();
        side.runs.push({
          requestsPerSecond: result.requestsPerSecond,
          p50: result.p50,
          requests: result.requests,
          nodeMs: Object.values(byProcess).reduce((sum, ms) => sum + ms, 0),
          gatewayMs: byProcess.gateway ?? 0,
          postgresMs: postgres ?? 0,
          errors: result.errors,
        });
      }
      const floorRun = floor ? await driveFloor(floor, operation, pools, connections, durationSeconds) : undefined;
      const [a, b] = sides.map((side) => summarise(side.runs.splice(0)));
      console.log(
        `| ${operation.name} | ${a!.rates} | ${b!.rates} | ${a!.nodeMs} (${a!.gatewayMs}) · ${b!.nodeMs} (${b!.gatewayMs}) | ${postgresPid ? `${a!.postgresMs} · ${b!.postgresMs}` : '–'} | ${floorRun ? `${floorRun.requestsPerSecond} · ${floorRun.p50}` : '–'} | ${a!.errors + b!.errors + (floorRun?.errors ?? 0)} |`,
      );
    }
  } finally {
    await floor?.stop();
    for (const side of sides.reverse()) await side.stack.stop();
    await database.stop();
  }
});

/** The floor on the operation's requests, warmed up first for as long as it is then measured. */
async function driveFloor(floor: RunningFloor, operation: Operation, pools: Pools, connections: number, durationSeconds: number) {
  const body = requestBodies(operation, pools, false);
  await drive({ url: floor.url(operation.name), body, connections, durationSeconds });
  return drive({ url: floor.url(operation.name), body, connections, durationSeconds });
}

function withPage(operation: Operation, size: number): Operation {
  const { pageVariable } = operation;
  if (!pageVariable) throw new Error(`--page: ${operation.name} has no page variable`);
  return { ...operation, variables: (pools, random) => ({ ...operation.variables(pools, random), [pageVariable]: size }) };
}

function summarise(runs: Side['runs']) {
  const requests = runs.reduce((sum, run) => sum + run.requests, 0) || 1;
  const perRequest = (ms: number) => (ms / requests).toFixed(2);
  return {
    rates: runs.map((run) => `${run.requestsPerSecond} · ${run.p50}`).join(' / '),
    nodeMs: perRequest(runs.reduce((sum, run) => sum + run.nodeMs, 0)),
    gatewayMs: perRequest(runs.reduce((sum, run) => sum + run.gatewayMs, 0)),
    postgresMs: perRequest(runs.reduce((sum, run) => sum + run.postgresMs, 0)),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
  };
}

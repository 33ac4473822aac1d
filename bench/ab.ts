import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runMain } from '../lib/process';
import { seed } from '../seeds/load';
import { openBenchDatabase } from './database';
import { drive } from './load';
import { loadOperations, requestBodies } from './operations';
import { loadPools } from './pools';
import { cpuClock, type BenchProcess } from './processes';
import { startStack, type BenchStack } from './stack';

/**
 * npm run bench:ab -- --a NAME=value[,NAME=value] [--b NAME=value] [--scale 100] [--only a,b] [--duration 4] [--cached] [--profile]
 *
 * One lever, measured in the same minutes: two whole stacks (three subgraphs and a gateway each) on the
 * benchmark's database for the scale, differing only in the settings given as --a and --b; each operation is
 * sent once through both, then driven A, B, B, A, so that the machine's drift falls on both sides alike. The
 * gateways run without their caches unless --cached: what a computed answer costs. Prints, per operation and
 * side, req/s of each run, the CPU of the stack's Node processes (and of its gateway alone) and of the embedded
 * PostgreSQL per request. --profile: V8 CPU profiles of every process into bench/results/profiles/ab-<side>.
 */
const { values: args } = parseArgs({
  options: {
    a: { type: 'string', default: '' },
    b: { type: 'string', default: '' },
    scale: { type: 'string', default: '100' },
    only: { type: 'string' },
    duration: { type: 'string', default: '4' },
    connections: { type: 'string', default: '16' },
    cached: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
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
  runs: { requestsPerSecond: number; requests: number; nodeMs: number; gatewayMs: number; postgresMs: number; errors: number }[];
}

runMain(async () => {
  const scale = Number(args.scale);
  const durationSeconds = Number(args.duration);
  const connections = Number(args.connections);
  const operations = loadOperations(args.only?.split(','));
  const database = await openBenchDatabase(scale, process.env.DATABASE_URL);
  const sides: Side[] = [];
  try {
    await seed({ databaseUrl: database.url, scale, mode: 'unless-same', log: (message) => console.error(`[ab] ${message}`) });
    const pools = await loadPools(database.url);
    const postgresPid = database.serverPid();
    const caches = args.cached ? {} : { RESPONSE_CACHE: 'false', ENTITY_CACHE: 'false' };
    for (const [name, text] of [['A', args.a!], ['B', args.b!]] as const) {
      const profileDir = args.profile ? join(__dirname, 'results', 'profiles', `ab-${name}`) : undefined;
      const stack = await startStack({ databaseUrl: database.url, env: settings(text), profileDir });
      sides.push({ name, stack, runs: [], ...(await stack.startGateway(caches)) });
    }
    console.log(`A: ${args.a || '(defaults)'}; B: ${args.b || '(defaults)'}; scale ${scale}, ${connections} connections × ${durationSeconds} s per run, ${args.cached ? 'caches on' : 'caches off'}`);
    console.log('');
    console.log("| operation | A req/s | B req/s | A · B Node CPU ms/req (the gateway's) | A · B PostgreSQL CPU ms/req | errors |");
    console.log('| --- | --- | --- | --- | --- | ---: |');
    for (const operation of operations) {
      const body = requestBodies(operation, pools, true);
      for (const side of sides) await drive({ url: side.url, body, connections, durationSeconds });
      for (const side of [sides[0]!, sides[1]!, sides[1]!, sides[0]!]) {
        const cpu = cpuClock([side.gateway, ...side.stack.subgraphs], postgresPid);
        const result = await drive({ url: side.url, body, connections, durationSeconds });
        const { byProcess, postgres } = cpu();
        side.runs.push({
          requestsPerSecond: result.requestsPerSecond,
          requests: result.requests,
          nodeMs: Object.values(byProcess).reduce((sum, ms) => sum + ms, 0),
          gatewayMs: byProcess.gateway ?? 0,
          postgresMs: postgres ?? 0,
          errors: result.errors,
        });
      }
      const [a, b] = sides.map((side) => summarise(side.runs.splice(0)));
      console.log(
        `| ${operation.name} | ${a!.rates} | ${b!.rates} | ${a!.nodeMs} (${a!.gatewayMs}) · ${b!.nodeMs} (${b!.gatewayMs}) | ${postgresPid ? `${a!.postgresMs} · ${b!.postgresMs}` : '–'} | ${a!.errors + b!.errors} |`,
      );
    }
  } finally {
    for (const side of sides.reverse()) await side.stack.stop();
    await database.stop();
  }
});

function summarise(runs: Side['runs']) {
  const requests = runs.reduce((sum, run) => sum + run.requests, 0) || 1;
  const perRequest = (ms: number) => (ms / requests).toFixed(2);
  return {
    rates: runs.map((run) => run.requestsPerSecond).join(' / '),
    nodeMs: perRequest(runs.reduce((sum, run) => sum + run.nodeMs, 0)),
    gatewayMs: perRequest(runs.reduce((sum, run) => sum + run.gatewayMs, 0)),
    postgresMs: perRequest(runs.reduce((sum, run) => sum + run.postgresMs, 0)),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
  };
}

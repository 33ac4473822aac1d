import { join } from 'node:path';
import { subgraphSecret, tokenKeys } from '../lib/auth/secrets';
import { loadConfig } from '../lib/config';
import { freePort } from '../lib/database/embedded';
import { HEAP_LIMIT_MB, nodeFlags } from '../lib/heap';
import { ROOT } from '../lib/paths';
import { startProcess, type BenchProcess } from './processes';

export interface StackOptions {
  databaseUrl: string;
  /** Settings for every process of this stack (e.g. DATABASE_PREPARED_STATEMENTS=false for one side of an A/B). */
  env?: NodeJS.ProcessEnv;
  /** Write a V8 CPU profile of each process into this folder when it stops. */
  profileDir?: string;
  /** The checkout whose dist/ the processes run (default this one): another commit's build, for an A/B across commits. */
  root?: string;
}

export interface BenchStack {
  subgraphs: BenchProcess[];
  urls: Record<'catalogue' | 'inquiries' | 'projects', string>;
  /** A gateway over these subgraphs, with settings of its own (RESPONSE_CACHE=false…). */
  startGateway(env?: NodeJS.ProcessEnv): Promise<{ gateway: BenchProcess; url: string }>;
  /** Every process started, the subgraphs last (they answer the gateways until then). */
  stop(): Promise<void>;
}

/**
 * The secrets a production deployment must be given, made once for the benchmark (bench/.data, git-ignored);
 * the peer gateway signs its subgraph calls with the same one (bench/peer.ts).
 */
export function benchSecrets(): { SUBGRAPH_SECRET: string; JWT_SECRET: string } {
  const config = loadConfig({ LOCAL_SECRETS_FILE: join(__dirname, '.data', 'local-secrets.json') });
  const keys = tokenKeys(config);
  if (keys.kind !== 'secret') throw new Error('the benchmark signs tokens with a shared secret');
  return { SUBGRAPH_SECRET: subgraphSecret(config).secret, JWT_SECRET: keys.secret };
}

/**
 * Our three subgraphs as separate processes, built from dist/ with the node flags they are deployed with
 * (lib/heap.ts), and gateways over them: in production mode, as deployed (graphql-js, for one, checks less
 * there), so every subgraph call must carry a gateway's signature, the peer's too.
 */
export async function startStack(options: StackOptions): Promise<BenchStack> {
  const env = {
    ...process.env,
    DATABASE_URL: options.databaseUrl,
    NODE_ENV: 'production',
    ...benchSecrets(),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    // Each process's metrics and probes listener on a free port (the default, 9464, would be taken by the first).
    INTERNAL_PORT: '0',
    // The load comes from one address, far above any caller's budget: the rate limit still runs (its cost is measured),
    // with budgets out of reach. A deployment keeps its defaults (README, Limits).
    RATE_LIMIT_POINTS: '1000000000000',
    RATE_LIMIT_WRITE_POINTS: '1000000000000',
    ...options.env,
  };
  const profile = options.profileDir ? ['--cpu-prof', '--cpu-prof-dir', options.profileDir] : [];
  const started: BenchProcess[] = [];
  const node = async (name: keyof typeof HEAP_LIMIT_MB, script: string, extra: NodeJS.ProcessEnv) => {
    const process = await startProcess({ name, command: globalThis.process.execPath, args: [...profile, ...nodeFlags(name), join(options.root ?? ROOT, 'dist', script)], env: { ...env, ...extra }, ready: /ready/ });
    started.push(process);
    return process;
  };
  const stop = async () => {
    for (const process of started.reverse()) await process.stop();
  };
  const ports = { catalogue: await freePort(), inquiries: await freePort(), projects: await freePort() };
  const urls = {
    catalogue: `http://127.0.0.1:${ports.catalogue}/graphql`,
    inquiries: `http://127.0.0.1:${ports.inquiries}/graphql`,
    projects: `http://127.0.0.1:${ports.projects}/graphql`,
  };
  let subgraphs: BenchProcess[];
  try {
    subgraphs = [
      await node('catalogue', 'subgraphs/catalogue/index.js', { CATALOGUE_PORT: String(ports.catalogue) }),
      await node('inquiries', 'subgraphs/inquiries/index.js', { INQUIRIES_PORT: String(ports.inquiries), CATALOGUE_URL: urls.catalogue }),
      await node('projects', 'subgraphs/projects/index.js', { PROJECTS_PORT: String(ports.projects) }),
    ];
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    subgraphs,
    urls,
    startGateway: async (extra = {}) => {
      const port = await freePort();
      const gateway = await node('gateway', 'gateway/index.js', {
        GATEWAY_PORT: String(port),
        CATALOGUE_URL: urls.catalogue,
        INQUIRIES_URL: urls.inquiries,
        PROJECTS_URL: urls.projects,
        ...extra,
      });
      return { gateway, url: `http://127.0.0.1:${port}/graphql` };
    },
    stop,
  };
}

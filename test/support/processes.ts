import type { SubgraphName } from '../../lib/subgraphs';
import { startChild, type Child } from './child';
import { TEST_NO_FOLLOWER, testDatabaseUrl } from './stack';

export interface ServerProcess extends Child {
  url: string;
  origin: string;
  /** The internal listener's origin: /metrics, /health, /ready. */
  internalOrigin: string;
  stop(): Promise<void>;
}

const SCRIPTS: Record<SubgraphName, string> = {
  catalogue: 'subgraphs/catalogue/index.ts',
  inquiries: 'subgraphs/inquiries/index.ts',
  projects: 'subgraphs/projects/index.ts',
};
const PORT_SETTINGS: Record<SubgraphName, string> = { catalogue: 'CATALOGUE_PORT', inquiries: 'INQUIRIES_PORT', projects: 'PROJECTS_PORT' };

/** Settings every server process of a test gets (on top of the test secrets startChild adds). */
const BASE_ENV = { NODE_ENV: 'test', HOST: '127.0.0.1', LOG_LEVEL: 'info', LOG_FORMAT: 'json', ...TEST_NO_FOLLOWER };

async function startServer(script: string, env: Record<string, string>, ready: RegExp): Promise<ServerProcess> {
  const child = await startChild(script, { ...BASE_ENV, ...env }, ready);
  const url = child.match[1]!;
  return {
    ...child,
    url,
    origin: new URL(url).origin,
    internalOrigin: child.match[2]!,
    stop: async () => {
      if (child.process.exitCode === null && child.process.signalCode === null) child.process.kill('SIGTERM');
      await child.exited;
    },
  };
}

/** One subgraph as its own process (its entry point, as in production) on a free port, on the test database. */
export function startSubgraphProcess(name: SubgraphName, env: Record<string, string> = {}): Promise<ServerProcess> {
  return startServer(SCRIPTS[name], { DATABASE_URL: testDatabaseUrl(), [PORT_SETTINGS[name]]: '0', ...env }, new RegExp(`${name} subgraph ready at (http://\\S+/graphql) \\(metrics and probes at (http://\\S+)\\)`));
}

/** A gateway process over the given subgraph URLs. */
export function startGatewayProcess(urls: Record<SubgraphName, string>, env: Record<string, string> = {}): Promise<ServerProcess> {
  return startServer(
    'gateway/index.ts',
    { GATEWAY_PORT: '0', CATALOGUE_URL: urls.catalogue, INQUIRIES_URL: urls.inquiries, PROJECTS_URL: urls.projects, ...env },
    /gateway ready at (http:\/\/\S+\/graphql) \(metrics and probes at (http:\/\/\S+)\)/,
  );
}

/** The three subgraphs, each a process, started together. */
export async function startSubgraphProcesses(env: Record<string, string> = {}): Promise<Record<SubgraphName, ServerProcess>> {
  const [catalogue, inquiries, projects] = await Promise.all((['catalogue', 'inquiries', 'projects'] as const).map((name) => startSubgraphProcess(name, env)));
  return { catalogue: catalogue!, inquiries: inquiries!, projects: projects! };
}

export async function stopAll(processes: (ServerProcess | undefined)[]): Promise<void> {
  await Promise.all(processes.map((server) => server?.stop()));
}

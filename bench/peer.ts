import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../lib/paths';
import type { SubgraphName } from '../lib/subgraphs';
import { benchSecrets } from './stack';
import { startProcess, type BenchProcess } from './processes';

/** The peer gateway, installed on demand into bench/.peer (git-ignored), not a project dependency. */
export const HIVE_VERSION = '2.15.1';
const PEER_DIR = join(__dirname, '.peer');
export const HIVE_BIN = join(PEER_DIR, 'node_modules', '.bin', 'hive-gateway');
/** The shipped Hive Gateway configuration (deploy/hive), which signs the subgraph calls with our own code. */
export const HIVE_CONFIG = join(ROOT, 'deploy', 'hive', 'gateway.config.cjs');

export function installHive(log: (message: string) => void): void {
  const marker = join(PEER_DIR, 'node_modules', '@graphql-hive', 'gateway', 'package.json');
  if (existsSync(marker) && JSON.parse(readFileSync(marker, 'utf8')).version === HIVE_VERSION) return;
  log(`installing @graphql-hive/gateway@${HIVE_VERSION} into bench/.peer (once)`);
  mkdirSync(PEER_DIR, { recursive: true });
  if (!existsSync(join(PEER_DIR, 'package.json'))) writeFileSync(join(PEER_DIR, 'package.json'), '{ "private": true }\n');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--save-exact', `@graphql-hive/gateway@${HIVE_VERSION}`], { cwd: PEER_DIR, stdio: 'inherit' });
}

/** The settings that point the shipped configuration at these subgraphs. */
export const hiveSubgraphSettings = (urls: Record<SubgraphName, string>): NodeJS.ProcessEnv => ({
  CATALOGUE_URL: urls.catalogue,
  INQUIRIES_URL: urls.inquiries,
  PROJECTS_URL: urls.projects,
});

/** Hive Gateway serving the same committed supergraph through the shipped configuration, over the benchmark's subgraphs. */
export async function startHive(port: number, urls: Record<SubgraphName, string>, log: (message: string) => void): Promise<BenchProcess> {
  installHive(log);
  return startProcess({
    name: 'hive',
    command: HIVE_BIN,
    args: ['supergraph', '--port', String(port), '--host', '127.0.0.1', '--config-path', HIVE_CONFIG],
    // Hive's own production mode; the same secrets as our stack, so it signs as our gateway does.
    env: { ...process.env, NODE_ENV: 'production', ...benchSecrets(), ...hiveSubgraphSettings(urls) },
    ready: /listening|started|ready|running/i,
  });
}

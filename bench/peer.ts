import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUPERGRAPH_FILE } from '../scripts/composition';
import type { SubgraphName } from '../lib/subgraphs';
import { benchSecrets } from './stack';
import { startProcess, type BenchProcess } from './processes';

/** The peer gateway, installed on demand into bench/.peer (git-ignored), not a project dependency. */
export const HIVE_VERSION = '2.15.1';
const PEER_DIR = join(__dirname, '.peer');
const BIN = join(PEER_DIR, 'node_modules', '.bin', 'hive-gateway');

function installHive(log: (message: string) => void): void {
  const marker = join(PEER_DIR, 'node_modules', '@graphql-hive', 'gateway', 'package.json');
  if (existsSync(marker) && JSON.parse(readFileSync(marker, 'utf8')).version === HIVE_VERSION) return;
  log(`installing @graphql-hive/gateway@${HIVE_VERSION} into bench/.peer (once)`);
  mkdirSync(PEER_DIR, { recursive: true });
  if (!existsSync(join(PEER_DIR, 'package.json'))) writeFileSync(join(PEER_DIR, 'package.json'), '{ "private": true }\n');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--save-exact', `@graphql-hive/gateway@${HIVE_VERSION}`], { cwd: PEER_DIR, stdio: 'inherit' });
}

/**
 * Hive Gateway serving the same committed supergraph, its subgraph URLs pointed at the benchmark's subgraphs, signing
 * its calls to them as ours does (bench/hive.config.cjs).
 */
export async function startHive(port: number, urls: Record<SubgraphName, string>, log: (message: string) => void): Promise<BenchProcess> {
  installHive(log);
  let supergraph = readFileSync(SUPERGRAPH_FILE, 'utf8');
  for (const [name, url] of Object.entries(urls)) {
    supergraph = supergraph.replace(new RegExp(`(join__graph\\(name: "${name}", url: ")[^"]*`), `$1${url}`);
  }
  const file = join(PEER_DIR, 'supergraph.graphql');
  writeFileSync(file, supergraph);
  return startProcess({
    name: 'hive',
    command: BIN,
    args: ['supergraph', file, '--port', String(port), '--host', '127.0.0.1', '--config-path', join(__dirname, 'hive.config.cjs')],
    env: { ...process.env, NODE_ENV: 'production', SUBGRAPH_SECRET: benchSecrets().SUBGRAPH_SECRET }, // Hive's own production mode
    ready: /listening|started|ready|running/i,
  });
}

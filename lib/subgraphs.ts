import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './config';
import { SCHEMA_DIR } from './paths';

/**
 * Our subgraphs, each with the port it listens on in a local run. The one table: the composed
 * supergraph's URLs (`npm run compose`), the <NAME>_PORT settings' defaults and the <NAME>_URL
 * settings all come from it.
 */
export const SUBGRAPHS = [
  { name: 'catalogue', port: 4001 },
  { name: 'inquiries', port: 4002 },
  { name: 'projects', port: 4003 },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

/** Where a subgraph listens in a local run: the URL the supergraph gives it. */
export function localUrl(port: number): string {
  return `http://localhost:${port}/graphql`;
}

/** Where another process reaches a subgraph, as the gateway does: <NAME>_URL, else its SUBGRAPH_URLS entry, else its local URL (the supergraph's). */
export function subgraphUrl(config: Config, name: SubgraphName): string {
  const own = { catalogue: config.CATALOGUE_URL, inquiries: config.INQUIRIES_URL, projects: config.PROJECTS_URL }[name];
  return own ?? config.SUBGRAPH_URLS?.[name] ?? localUrl(SUBGRAPHS.find((subgraph) => subgraph.name === name)!.port);
}

/** A subgraph's SDL: schema/<name>.graphql. */
export function subgraphSdl(name: SubgraphName): string {
  return readFileSync(join(SCHEMA_DIR, `${name}.graphql`), 'utf8');
}

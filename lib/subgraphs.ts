import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** A subgraph's SDL: schema/<name>.graphql. */
export function subgraphSdl(name: SubgraphName): string {
  return readFileSync(join(SCHEMA_DIR, `${name}.graphql`), 'utf8');
}

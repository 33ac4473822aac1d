import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_DIR } from './paths';

/** The subgraphs and the URL each has in a local run (the gateway overrides them from its configuration). */
export const SUBGRAPHS = [
  { name: 'catalogue', url: 'http://localhost:4001/graphql' },
  { name: 'inquiries', url: 'http://localhost:4002/graphql' },
  { name: 'projects', url: 'http://localhost:4003/graphql' },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

/** A subgraph's SDL: schema/<name>.graphql. */
export function subgraphSdl(name: SubgraphName): string {
  return readFileSync(join(SCHEMA_DIR, `${name}.graphql`), 'utf8');
}

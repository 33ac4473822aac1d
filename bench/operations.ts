import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Random } from '../seeds/random';
import type { Pools } from './pools';

/** One benchmarked operation: its query (bench/operations/<name>.graphql) and fresh variables per request. */
export interface Operation {
  name: string;
  query: string;
  variables(pools: Pools, random: Random): Record<string, unknown>;
  /** The variable that sets the page size, for the "statements constant in page size" guard. */
  pageVariable?: string;
}

const query = (name: string) => readFileSync(join(__dirname, 'operations', `${name}.graphql`), 'utf8');

const DEFINITIONS: Omit<Operation, 'query'>[] = [
  { name: 'policy-heavy-services', pageVariable: 'first', variables: (_, random) => ({ moreThan: random.int(18, 22), first: 50 }) },
  { name: 'analyst-service-inquiries', variables: (pools, random) => ({ id: String(random.pick(pools.serviceIds)) }) },
  { name: 'analyst-agency-dependents', pageVariable: 'first', variables: (pools, random) => ({ id: String(random.pick(pools.providerIds)), first: 50 }) },
  { name: 'frontend-search', pageVariable: 'first', variables: (pools, random) => ({ search: random.pick(pools.searchTerms), first: 20 }) },
  { name: 'projects-overview', variables: () => ({}) },
  // The dependency analysis; maxDepth is valid from 1 to 10.
  { name: 'agency-dependencies', pageVariable: 'first', variables: (_, random) => ({ minLinks: random.int(1, 20), first: 100 }) },
  { name: 'paper-inquiry-report', pageVariable: 'first', variables: (_, random) => ({ first: random.int(10, 50) }) },
  { name: 'critical-providers', pageVariable: 'first', variables: (_, random) => ({ first: random.int(5, 20), maxDepth: random.int(1, 10) }) },
  // The page is always the heaviest services whatever moreThan (their order is by count), so only maxDepth varies.
  { name: 'dependency-chains', pageVariable: 'first', variables: (_, random) => ({ moreThan: 20, first: 50, maxDepth: random.int(1, 10) }) },
  {
    name: 'analyst-find-services',
    pageVariable: 'first',
    variables: (pools, random) => {
      const min = random.int(0, 15);
      return {
        channel: random.pick(['PAPER', 'NIX', 'DIRECT', null]),
        providerId: random.int(0, 1) ? String(random.pick(pools.providerIds)) : null,
        min,
        max: min + random.int(5, 25),
        orderBy: random.pick(['INQUIRY_COUNT_DESC', 'INQUIRY_COUNT_ASC', 'PAPER_INQUIRY_COUNT_DESC', 'PAPER_INQUIRY_COUNT_ASC', 'NAME']),
        first: 50,
      };
    },
  },
  {
    name: 'agency-impact',
    pageVariable: 'first',
    variables: (pools, random) => ({ agency: String(random.pick(pools.providerIds)), maxDepth: random.int(1, 10), first: 50 }),
  },
  // The planner: 20 moves by default; the census also asks for 5 and 100 (statements constant in the number of moves).
  {
    name: 'digitisation-plan',
    pageVariable: 'first',
    variables: (_, random) => ({ first: 20, weighting: random.pick(['SERVICES', 'INQUIRY_COUNT']) }),
  },
  {
    name: 'inquiry-changes',
    pageVariable: 'first',
    variables: (_, random) => ({ since: `${random.int(2018, 2023)}-${String(random.int(1, 12)).padStart(2, '0')}-01T00:00:00Z`, first: 50 }),
  },
];

export function loadOperations(only?: string[]): Operation[] {
  const chosen = only?.length ? DEFINITIONS.filter((definition) => only.includes(definition.name)) : DEFINITIONS;
  if (only?.length && chosen.length !== only.length) {
    throw new Error(`unknown operation in --only ${only.join(',')}; known: ${DEFINITIONS.map((d) => d.name).join(', ')}`);
  }
  return chosen.map((definition) => ({ ...definition, query: query(definition.name) }));
}

/** The operation's request bodies, variables drawn in the same sequence for every target. */
export function requestBodies(operation: Operation, pools: Pools, graphql: boolean): () => string {
  const random = new Random().fork(`load:${operation.name}`);
  return () => {
    const variables = operation.variables(pools, random);
    return JSON.stringify(graphql ? { query: operation.query, variables } : { variables });
  };
}

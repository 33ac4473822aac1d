import { loadConfig } from '../lib/config';
import { startStack } from '../scripts/stack';
import { Random } from '../seeds/random';
import type { Operation } from './operations';
import type { Pools } from './pools';

export interface Census {
  /** SQL statements per request, averaged over `samples` requests with varied variables. */
  statementsPerRequest: number;
  /** With the page variable at a small and a large size: equal when batching holds. */
  bySize?: { small: number; large: number };
}

const SAMPLES = 20;
const SIZES = { small: 5, large: 100 };

/**
 * Counts the SQL statements each operation costs, through an in-process copy of the stack on
 * the same database (the load runs against separate processes and counts nothing).
 */
export async function takeCensus(databaseUrl: string, operations: Operation[], pools: Pools): Promise<Record<string, Census>> {
  // The cost limit would refuse the largest page size of the nested operations, and the rate limit the census's many
  // costly requests from one address; the census counts statements, not limits. Nor answers from the response cache:
  // it counts what a computed answer costs.
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    MAX_COST: '100000000',
    RATE_LIMIT_POINTS: '1000000000000',
    RATE_LIMIT_WRITE_POINTS: '1000000000000',
    RESPONSE_CACHE: 'false',
    ENTITY_CACHE: 'false',
  });
  const stack = await startStack(config, databaseUrl, { gateway: 0, catalogue: 0, inquiries: 0, projects: 0 });
  const counters = Object.values(stack.subgraphs).map((subgraph) => subgraph.statements);
  const total = () => counters.reduce((sum, counter) => sum + counter.count, 0);
  const count = async (operation: Operation, variables: Record<string, unknown>) => {
    const before = total();
    const response = await fetch(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: operation.query, variables }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(`${operation.name} failed during the census: ${JSON.stringify(body.errors)}`);
    return total() - before;
  };
  try {
    const census: Record<string, Census> = {};
    for (const operation of operations) {
      const random = new Random().fork(operation.name);
      let statements = 0;
      for (let sample = 0; sample < SAMPLES; sample += 1) statements += await count(operation, operation.variables(pools, random));
      const entry: Census = { statementsPerRequest: statements / SAMPLES };
      if (operation.pageVariable) {
        const variables = operation.variables(pools, random);
        entry.bySize = {
          small: await count(operation, { ...variables, [operation.pageVariable]: SIZES.small }),
          large: await count(operation, { ...variables, [operation.pageVariable]: SIZES.large }),
        };
      }
      census[operation.name] = entry;
    }
    return census;
  } finally {
    await stack.stop();
  }
}

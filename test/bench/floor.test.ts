import { Client } from 'pg';
import { FLOOR_QUERIES } from '../../bench/floor/queries';
import { loadOperations } from '../../bench/operations';
import { loadPools, type Pools } from '../../bench/pools';
import { Random } from '../../seeds/random';
import { startTestStack, type TestStack } from '../support/stack';
import { floorAnswer, withoutCursors } from './floor-answer';

/** The benchmark's floor must compute the same answers as the federated API, or the comparison is void. */
let stack: TestStack;
let client: Client;
let pools: Pools;
beforeAll(async () => {
  stack = await startTestStack();
  client = new Client({ connectionString: stack.databaseUrl });
  await client.connect();
  pools = await loadPools(stack.databaseUrl);
});
afterAll(async () => {
  await client.end();
  await stack.stop();
});

const exact = loadOperations().filter((operation) => !FLOOR_QUERIES[operation.name]?.lowerBound);
const bounds = loadOperations().filter((operation) => FLOOR_QUERIES[operation.name]?.lowerBound);

describe.each(bounds.map((operation) => [operation.name, operation] as const))('%s (a lower bound, not the answer)', (name, operation) => {
  it('runs, and the operation answers through the gateway', async () => {
    const variables = operation.variables(pools, new Random().fork(`floor-test:${name}`));
    expect((await stack.query(operation.query, variables)).errors).toBeUndefined();
    expect(await floorAnswer(client, name, variables)).toBeTruthy();
  });
});

describe.each(exact.map((operation) => [operation.name, operation] as const))('%s', (name, operation) => {
  it('answers through the floor exactly as through the gateway, for varied variables', async () => {
    const random = new Random().fork(`floor-test:${name}`);
    for (let sample = 0; sample < 5; sample += 1) {
      const variables = operation.variables(pools, random);
      const ours = await stack.query(operation.query, variables);
      expect(ours.errors).toBeUndefined();
      expect(await floorAnswer(client, name, variables)).toEqual(withoutCursors(ours.data));
    }
  });
});

import { Client } from 'pg';
import { loadOperations } from '../../bench/operations';
import { seed } from '../../seeds/load';
import { dependencyFixture } from '../inquiries/dependency-fixture';
import { createScratchDatabase, type TestDatabase } from '../support/database';
import { startTestStack, testDatabaseUrl, type TestStack } from '../support/stack';
import { floorAnswer, withoutCursors } from './floor-answer';

/**
 * The dependency-analysis floors on the hand-checked fixture (a chain three deep, the cycle
 * S4 → I4 → S5 → I5 → S4, agencies with known dependants): the seed's heaviest services, which
 * the benchmark asks for, reach no cycle, so this is where the floor's cycle handling is checked.
 */
let scratch: TestDatabase;
let stack: TestStack;
let client: Client;
beforeAll(async () => {
  scratch = await createScratchDatabase(testDatabaseUrl(), 'panjare_floor');
  await seed({ databaseUrl: scratch.url, scale: 1, mode: 'force', dataset: dependencyFixture });
  stack = await startTestStack({}, scratch.url);
  client = new Client({ connectionString: scratch.url });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
  await stack?.stop();
  await scratch?.drop();
});

const DEPTHS = [1, 2, 3, 5, 10];
const CASES: Record<string, Record<string, unknown>[]> = {
  'dependency-chains': DEPTHS.map((maxDepth) => ({ moreThan: 0, first: 50, maxDepth })),
  // Agency 7 does not exist.
  'agency-impact': [1, 2, 3, 4, 5, 6, 7].flatMap((agency) => DEPTHS.map((maxDepth) => ({ agency: String(agency), maxDepth, first: 2 }))),
  'agency-dependencies': [0, 1, 2].flatMap((minLinks) => [2, 100].map((first) => ({ minLinks, first }))),
  'paper-inquiry-report': [{ first: 1 }, { first: 50 }],
  'critical-providers': DEPTHS.flatMap((maxDepth) => [2, 100].map((first) => ({ first, maxDepth }))),
};

describe.each(Object.entries(CASES))('%s on the dependency fixture', (name, cases) => {
  it('answers through the floor exactly as through the gateway', async () => {
    const [operation] = loadOperations([name]);
    const answers: unknown[] = [];
    for (const variables of cases) {
      const ours = await stack.query(operation!.query, variables);
      expect(ours.errors).toBeUndefined();
      expect(await floorAnswer(client, name, variables)).toEqual(withoutCursors(ours.data));
      answers.push(ours.data);
    }
    if (name === 'dependency-chains') expect(JSON.stringify(answers)).toContain('"cycle":true');
  });
});

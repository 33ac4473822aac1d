import { createHash, randomUUID } from 'node:crypto';
import { seed } from '../../seeds/load';
import type { SubgraphName } from '../../lib/subgraphs';
import { createScratchDatabase } from '../support/database';
import { startGatewayProcess, startSubgraphProcesses, stopAll, type ServerProcess } from '../support/processes';
import { scrape, total } from '../support/prometheus';
import { REPORT } from '../support/projects';
import { itWithRedis, REDIS_MISSING, TEST_REDIS_URL } from '../support/redis';
import { post, testDatabaseUrl } from '../support/stack';
import { bearer } from '../support/tokens';

/**
 * The multi-process layout: two gateway processes, each over its own process of each subgraph
 * (six subgraph processes), all stateless, sharing one PostgreSQL (a scratch database: this file
 * writes) and, when a Redis answers, one Redis for the APQ and response caches.
 */
let database: Awaited<ReturnType<typeof createScratchDatabase>> | undefined;
let sets: Record<SubgraphName, ServerProcess>[] = [];
let gateways: ServerProcess[] = [];

beforeAll(async () => {
  database = await createScratchDatabase(testDatabaseUrl(), 'panjare_replicas');
  await seed({ databaseUrl: database.url, scale: 1, mode: 'force' });
  sets = await Promise.all([0, 1].map(() => startSubgraphProcesses({ DATABASE_URL: database!.url })));
  // The entity cache is off: the first test counts each subgraph process's requests (entities shared through Redis are tested in test/gateway/entity-cache.test.ts).
  const shared: Record<string, string> = !REDIS_MISSING
    ? { REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: `panjare-test-${randomUUID()}`, RESPONSE_CACHE: 'true', ENTITY_CACHE: 'false' }
    : { RESPONSE_CACHE: 'false', ENTITY_CACHE: 'false' };
  gateways = await Promise.all(sets.map((set) => startGatewayProcess({ catalogue: set.catalogue.url, inquiries: set.inquiries.url, projects: set.projects.url }, shared)));
}, 180_000);
afterAll(async () => {
  await stopAll([...gateways, ...sets.flatMap((set) => Object.values(set))]);
  await database?.drop();
});

const served = async (server: ServerProcess) => total(await scrape(server.internalOrigin), 'panjare_graphql_requests_total');

it('requests spread over two gateway processes are served by both, and by each process of each subgraph, with the same answers', async () => {
  const before = await Promise.all([...gateways, ...sets.flatMap((set) => Object.values(set))].map(served));
  const answers = [];
  for (let i = 0; i < 8; i++) {
    const gateway = gateways[i % 2]!;
    // A different alias each time: never a cached answer (the response cache is shared through Redis), and the same page on both gateways.
    const query = `query Spread($first: Int!) { page${i}: agencies(first: $first) { edges { node { id projects { id } inquiriesProvided { id } } } } }`;
    const response = await post(gateway.url, query, { first: 2 + Math.floor(i / 2) });
    expect(response.errors).toBeUndefined();
    answers.push(response.data[`page${i}`]);
  }
  for (let i = 0; i < 8; i += 2) expect(answers[i + 1]).toEqual(answers[i]);
  const after = await Promise.all([...gateways, ...sets.flatMap((set) => Object.values(set))].map(served));
  const delta = after.map((value, i) => value - before[i]!);
  expect(delta.slice(0, 2)).toEqual([4, 4]);
  // Each subgraph process of each set answered each of its gateway's four requests.
  for (const count of delta.slice(2)) expect(count).toBe(4);
});

itWithRedis('a persisted query registered on gateway A runs by its hash on gateway B (APQ through Redis)', async () => {
  const [a, b] = gateways as [ServerProcess, ServerProcess];
  const query = `query Persisted { catalogueStats { agencies services } nonce: __typename }`.replace('nonce', `n${randomUUID().slice(0, 8)}`);
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  const byHash = (url: string) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash } } }) }).then((r) => r.json() as Promise<any>);

  expect((await byHash(b.url)).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  const registered = await fetch(a.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } }),
  }).then((r) => r.json() as Promise<any>);
  expect(registered.errors).toBeUndefined();
  const run = await byHash(b.url);
  expect(run.errors).toBeUndefined();
  expect(run.data).toEqual(registered.data);
});

itWithRedis('the response cache is shared: B answers from what A cached without its subgraphs, and a write through B is seen on A', async () => {
  const [a, b] = gateways as [ServerProcess, ServerProcess];
  const read = `query SharedProgress { projectByNumber(number: 3) { id progress version } }`;
  const get = async (url: string) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: read }) });
    return { body: (await response.json()) as any, age: response.headers.get('age') };
  };
  const statementsOfB = async () => total(await scrape(sets[1]!.projects.internalOrigin), 'panjare_sql_statements_total');

  const first = await get(a.url);
  expect(first.body.errors).toBeUndefined();
  const before = await statementsOfB();
  const fromB = await get(b.url);
  expect(fromB.age).not.toBeNull();
  expect(fromB.body).toEqual(first.body);
  expect(await statementsOfB()).toBe(before);

  const project = first.body.data.projectByNumber;
  const progress = project.progress >= 99 ? project.progress - 1 : project.progress + 1;
  const written = await post(b.url, REPORT, { projectId: project.id, progress }, await bearer({ roles: ['admin'] }));
  expect(written.errors).toBeUndefined();
  const after = await get(a.url);
  expect(after.age).toBeNull();
  expect(after.body.data.projectByNumber).toMatchObject({ progress, version: project.version + 1 });
});

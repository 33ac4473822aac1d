import { scrape, total } from '../support/prometheus';
import { REPORT } from '../support/projects';
import { startScratchStack } from '../support/scratch-stack';
import type { TestStack } from '../support/stack';
import { bearer } from '../support/tokens';

/** Writes happen here: a database of its own, and the gateway's response cache on. */
let stack: TestStack;
beforeAll(async () => {
  stack = await startScratchStack({ RESPONSE_CACHE: 'true' });
}, 120_000);
afterAll(() => stack.stop());

const cacheHits = async () => total(await scrape(stack.gateway.internalUrl), 'panjare_response_cache_total', { result: 'hit' });

async function get(query: string, variables?: Record<string, unknown>) {
  const response = await fetch(stack.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { body: (await response.json()) as any, age: response.headers.get('age'), cacheControl: response.headers.get('cache-control') };
}

it('a catalogue read is cached at the gateway: the repeat is answered without the subgraphs (no SQL statement)', async () => {
  const query = `query CachedAgencies { agencies(first: 5) { totalCount edges { node { id name { fa en } services(first: 2) { totalCount edges { node { id } } } } } } }`;
  const first = await stack.countStatements(() => get(query));
  expect(first.result.body.errors).toBeUndefined();
  expect(first.statements).toBeGreaterThan(0);
  expect(first.result.age).toBeNull();
  expect(first.result.cacheControl).toMatch(/max-age=300/);
  const hitsBefore = await cacheHits();
  const second = await stack.countStatements(() => get(query));
  expect(second.statements).toBe(0);
  expect(second.result.age).not.toBeNull();
  expect(second.result.body).toEqual(first.result.body);
  expect((await cacheHits()) - hitsBefore).toBe(1);
});

it('a read across all three subgraphs is cached for the shortest hint among them (projects: 30 s)', async () => {
  const query = `query Heavy { servicesByInquiryCount(moreThan: 20, first: 10) { edges { node { id inquiryCount name { fa } agency { name { fa } } project { number } } } } }`;
  const first = await stack.countStatements(() => get(query));
  expect(first.result.body.errors).toBeUndefined();
  expect(first.result.body.data.servicesByInquiryCount.edges).toHaveLength(10);
  expect(first.result.cacheControl).toMatch(/max-age=30\b/);
  const second = await stack.countStatements(() => get(query));
  expect(second.statements).toBe(0);
  expect(second.result.body).toEqual(first.result.body);
});

it('the dependency analysis (inquiries subgraph alone) is cached for the inquiries’ 300 s', async () => {
  const query = `query Chains { criticalProviders(first: 3, maxDepth: 4) { agency { id name { fa } } directServices transitiveServices } }`;
  const first = await stack.countStatements(() => get(query));
  expect(first.result.body.errors).toBeUndefined();
  expect(first.result.cacheControl).toMatch(/max-age=300\b/);
  expect((await stack.countStatements(() => get(query))).statements).toBe(0);
});

it('a read mixing in data without a cache hint (a project’s audit log) is never cached', async () => {
  const query = `query Audited { projectByNumber(number: 2) { id auditLog(first: 1) { totalCount } } }`;
  await get(query);
  const again = await stack.countStatements(() => get(query));
  expect(again.result.age).toBeNull();
  expect(again.statements).toBeGreaterThan(0);
});

it('a mutation through the gateway invalidates what was cached: the write is visible on the next read', async () => {
  const read = `query Progress($number: Int!) { projectByNumber(number: $number) { id progress version reports { id progress } } }`;
  const before = await get(read, { number: 1 });
  const project = before.body.data.projectByNumber;
  expect((await get(read, { number: 1 })).age).not.toBeNull();

  const progress = project.progress >= 99 ? project.progress - 1 : project.progress + 1;
  const written = await stack.query(REPORT, { projectId: project.id, progress, note: 'response-cache test' }, await bearer({ roles: ['admin'] }));
  expect(written.errors).toBeUndefined();

  const after = await stack.countStatements(() => get(read, { number: 1 }));
  expect(after.result.age).toBeNull();
  expect(after.statements).toBeGreaterThan(0);
  expect(after.result.body.data.projectByNumber).toMatchObject({ id: project.id, progress, version: project.version + 1 });
  expect(after.result.body.data.projectByNumber.reports).toHaveLength(project.reports.length + 1);
  // And the fresh answer is cached in turn.
  expect((await get(read, { number: 1 })).age).not.toBeNull();
});

it('a failed mutation leaves the cache as it was', async () => {
  const read = `query Stats { catalogueStats { agencies services } }`;
  await get(read);
  expect((await get(read)).age).not.toBeNull();
  const failed = await stack.query(REPORT, { projectId: '1', progress: 500 }, await bearer({ roles: ['admin'] }));
  expect(failed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect((await get(read)).age).not.toBeNull();
});

it('variables nested too deep to serialise are a client error with the caches on, not a 500', async () => {
  const nested = `${'['.repeat(5000)}${']'.repeat(5000)}`;
  const response = await fetch(stack.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: `{"query":"query($s: String) { services(filter: { search: $s }) { totalCount } }","variables":{"s":${nested}}}`,
  });
  expect(response.status).toBeLessThan(500);
  expect(((await response.json()) as any).errors?.[0]?.extensions?.code).toBeDefined();
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunningServer } from '../../lib/http/server';
import { ROOT } from '../../lib/paths';
import { startExtraGateway } from '../support/gateway';
import { parsePrometheus, total } from '../support/prometheus';
import { post, startTestStack, type TestStack } from '../support/stack';

/**
 * Client-chosen operation names must not grow /metrics without bound: 2,000 distinct names add at
 * most the series of METRICS_OPERATION_NAMES (50) names at the gateway and at each subgraph (whose
 * operation names the gateway derives from the client's), and in safelist mode none at all.
 */
const NAMES = 2000;
const SERIES_PER_NAME = 16; // a counter and a histogram (12 buckets, +Inf, sum, count) per outcome
let stack: TestStack;
let safelisted: RunningServer;
beforeAll(async () => {
  stack = await startTestStack();
  safelisted = await startExtraGateway(stack, { PERSISTED_QUERIES: 'safelist' });
});
afterAll(async () => {
  await safelisted.stop();
  await stack.stop();
});

/** /metrics: its series, those labelled by operation among them, and its size. */
async function exposition(url: string): Promise<{ series: number; operationSeries: number; bytes: number; text: string }> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const samples = parsePrometheus(text);
  return { series: samples.length, operationSeries: samples.filter((sample) => 'operation' in sample.labels).length, bytes: Buffer.byteLength(text), text };
}

/** Sends `count` requests, `concurrency` at a time. */
async function flood(count: number, send: (i: number) => Promise<unknown>, concurrency = 8): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count) await send(next++);
  }));
}

it(`${NAMES.toLocaleString('en')} distinct operation names add a bounded number of series at the gateway, and at the subgraph they reach`, async () => {
  expect((await stack.query('{ projectStats { projects } }')).errors).toBeUndefined(); // the fetch metrics exist before
  const before = { gateway: await exposition(stack.gateway.internalUrl), projects: await exposition(stack.subgraphs.projects.internalUrl) };
  // Most names ask the gateway alone; one in five reaches the projects subgraph, under a name the gateway derives from the client's.
  await flood(NAMES, async (i) => {
    const response = await post(stack.gateway.url, i % 5 ? `query Flood${i} { __typename }` : `query Flood${i} { projectStats { projects } }`);
    expect(response.errors).toBeUndefined();
  });
  const after = { gateway: await exposition(stack.gateway.internalUrl), projects: await exposition(stack.subgraphs.projects.internalUrl) };
  for (const name of ['gateway', 'projects'] as const) {
    const added = after[name].series - before[name].series;
    const addedByOperation = after[name].operationSeries - before[name].operationSeries;
    console.log(`${name}: ${name === 'gateway' ? NAMES : NAMES / 5} operation names added ${added} series (${addedByOperation} labelled by operation); /metrics ${before[name].bytes} → ${after[name].bytes} bytes`);
    expect(addedByOperation).toBeLessThanOrEqual(52 * SERIES_PER_NAME); // 50 names, anonymous and other
    // The rest: series that appear with any traffic (another kind of GC, a fetch outcome), not with names.
    expect(added - addedByOperation).toBeLessThanOrEqual(100);
    expect(after[name].bytes).toBeLessThan(before[name].bytes + 200_000);
  }
  const samples = parsePrometheus(after.gateway.text);
  expect(total(samples, 'panjare_graphql_requests_total', { operation: 'other' })).toBeGreaterThanOrEqual(NAMES - 50);
  expect(new Set(samples.filter((sample) => sample.name === 'panjare_graphql_requests_total').map((sample) => sample.labels.operation)).size).toBeLessThanOrEqual(52);

  // A name served more often than the least frequent one with a series takes its place; that one's series go.
  for (let i = 0; i < 3; i++) expect((await stack.query('query HeavyServices { servicesByInquiryCount(moreThan: 20) { totalCount } }')).errors).toBeUndefined();
  const later = parsePrometheus((await exposition(stack.gateway.internalUrl)).text);
  // The first call ties with the least frequent name and counts as other; the second earns the series.
  expect(total(later, 'panjare_graphql_requests_total', { operation: 'HeavyServices', outcome: 'success' })).toBe(2);
  const named = new Set(later.filter((sample) => sample.name === 'panjare_graphql_requests_total').map((sample) => sample.labels.operation));
  expect(named.size).toBeLessThanOrEqual(52);
}, 300_000);

it('refused operations add no series: unknown names in safelist mode, and names refused by validation or a limit', async () => {
  const before = await exposition(safelisted.internalUrl);
  await flood(NAMES / 4, async (i) => {
    const response = await post(safelisted.url, `query Refused${i} { __typename }`);
    expect(response.errors![0].extensions!.code).toBe('OPERATION_NOT_SAFELISTED');
  });
  const open = await exposition(stack.gateway.internalUrl);
  await flood(NAMES / 4, async (i) => {
    const response = await post(stack.gateway.url, i % 2 ? `query Invalid${i} { nope }` : `query Deep${i} { services { edges { node { agency { services { edges { node { agency { services { edges { node { agency { id } } } } } } } } } } } } }`);
    expect(response.errors?.length).toBeGreaterThan(0);
  });
  const afterSafelist = await exposition(safelisted.internalUrl);
  const afterOpen = await exposition(stack.gateway.internalUrl);
  console.log(
    `refused: ${NAMES / 4} names in safelist mode added ${afterSafelist.operationSeries - before.operationSeries} series labelled by operation; ` +
      `${NAMES / 4} refused by validation or depth added ${afterOpen.operationSeries - open.operationSeries}`,
  );
  expect(afterSafelist.operationSeries - before.operationSeries).toBeLessThanOrEqual(SERIES_PER_NAME);
  expect(afterOpen.operationSeries - open.operationSeries).toBeLessThanOrEqual(SERIES_PER_NAME);
  const refused = parsePrometheus(afterSafelist.text).filter((sample) => sample.name === 'panjare_graphql_requests_total');
  expect(refused.map((sample) => sample.labels)).toEqual([expect.objectContaining({ operation: 'other', outcome: 'refused' })]);

  // The safelist's own operations are counted under their names.
  const manifest = JSON.parse(readFileSync(join(ROOT, 'safelist', 'manifest.json'), 'utf8')) as { operations: { id: string; body: string }[] };
  const stats = manifest.operations.find((operation) => operation.body.startsWith('query CatalogueStats'))!;
  expect((await post(safelisted.url, stats.body)).errors).toBeUndefined();
  expect(total(parsePrometheus((await exposition(safelisted.internalUrl)).text), 'panjare_graphql_requests_total', { operation: 'CatalogueStats', outcome: 'success' })).toBe(1);
}, 300_000);

import { originOf } from '../support/gateway';
import { startTestStack, TEST_SUBGRAPH_SECRET, type TestStack } from '../support/stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

const get = async (url: string) => {
  const response = await fetch(url);
  return { status: response.status, body: await response.json() };
};

it('the gateway is alive, and ready: supergraph loaded and every subgraph reachable', async () => {
  const origin = originOf(stack.gateway.url);
  expect(await get(`${origin}/health`)).toEqual({ status: 200, body: { status: 'ok', service: 'gateway' } });
  expect(await get(`${origin}/ready`)).toEqual({
    status: 200,
    body: { status: 'ready', service: 'gateway', checks: { supergraph: 'ok', catalogue: 'ok', inquiries: 'ok', projects: 'ok' }, failing: [] },
  });
});

it.each(['catalogue', 'inquiries', 'projects'] as const)('the %s subgraph is alive, and ready when its database answers', async (name) => {
  const origin = originOf(stack.subgraphs[name].url);
  expect(await get(`${origin}/health`)).toEqual({ status: 200, body: { status: 'ok', service: name } });
  expect(await get(`${origin}/ready`)).toEqual({ status: 200, body: { status: 'ready', service: name, checks: { database: 'ok' }, failing: [] } });
});

it('a stopped subgraph makes the gateway unready (503), naming it; the gateway stays alive', async () => {
  const own = await startTestStack();
  try {
    await own.subgraphs.inquiries.stop();
    const origin = originOf(own.gateway.url);
    const ready = await get(`${origin}/ready`);
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ status: 'unavailable', failing: ['inquiries'], checks: { catalogue: 'ok', projects: 'ok', supergraph: 'ok' } });
    expect(ready.body.checks.inquiries).toMatch(/^unavailable/);
    expect((await get(`${origin}/health`)).status).toBe(200);
  } finally {
    await own.stop();
  }
});

it('with SUBGRAPH_SECRET set, the gateway’s readiness probes are signed and the subgraphs answer them', async () => {
  const strict = await startTestStack({ SUBGRAPH_SECRET: TEST_SUBGRAPH_SECRET });
  try {
    expect(await get(`${originOf(strict.gateway.url)}/ready`)).toMatchObject({
      status: 200,
      body: { status: 'ready', checks: { supergraph: 'ok', catalogue: 'ok', inquiries: 'ok', projects: 'ok' } },
    });
  } finally {
    await strict.stop();
  }
});

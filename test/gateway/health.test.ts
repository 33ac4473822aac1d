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
  const origin = stack.gateway.internalUrl;
  expect(await get(`${origin}/health`)).toEqual({ status: 200, body: { status: 'ok', service: 'gateway' } });
  expect(await get(`${origin}/ready`)).toEqual({
    status: 200,
    body: { status: 'ready', service: 'gateway', checks: { supergraph: 'ok', catalogue: 'ok', inquiries: 'ok', projects: 'ok' }, failing: [] },
  });
});

it.each(['catalogue', 'inquiries', 'projects'] as const)('the %s subgraph is alive, and ready when its database answers', async (name) => {
  const origin = stack.subgraphs[name].internalUrl;
  expect(await get(`${origin}/health`)).toEqual({ status: 200, body: { status: 'ok', service: name } });
  expect(await get(`${origin}/ready`)).toEqual({ status: 200, body: { status: 'ready', service: name, checks: { database: 'ok' }, failing: [] } });
});

it('a stopped subgraph makes the gateway unready (503), naming it; the gateway stays alive', async () => {
  const own = await startTestStack();
  try {
    await own.subgraphs.inquiries.stop();
    const origin = own.gateway.internalUrl;
    const ready = await get(`${origin}/ready`);
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ status: 'unavailable', failing: ['inquiries'], checks: { catalogue: 'ok', projects: 'ok', supergraph: 'ok' } });
    expect(ready.body.checks.inquiries).toMatch(/^unavailable/);
    expect((await get(`${origin}/health`)).status).toBe(200);
  } finally {
    await own.stop();
  }
});

describe('the public port and the internal one', () => {
  const servers = () => [stack.gateway, ...Object.values(stack.subgraphs)];

  it('the public port of every server answers a cheap /health for load balancers, and keeps /metrics and /ready off it (JSON 404)', async () => {
    for (const server of servers()) {
      const origin = originOf(server.url);
      expect(await get(`${origin}/health`)).toEqual({ status: 200, body: { status: 'ok', service: server.name } });
      for (const path of ['/metrics', '/ready']) {
        const refused = await get(`${origin}${path}`);
        expect(refused.status).toBe(404);
        expect(refused.body.errors[0].extensions.code).toBe('NOT_FOUND');
      }
    }
  });

  it('the internal port of every server answers /metrics, /health and /ready, and not /graphql', async () => {
    for (const server of servers()) {
      expect(server.internalUrl).not.toBe(originOf(server.url));
      const metrics = await fetch(`${server.internalUrl}/metrics`);
      expect(metrics.status).toBe(200);
      expect(await metrics.text()).toMatch(/^# TYPE panjare_graphql_requests_total counter$/m);
      expect((await get(`${server.internalUrl}/health`)).status).toBe(200);
      expect((await get(`${server.internalUrl}/ready`)).status).toBe(200);
      expect((await fetch(`${server.internalUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })).status).toBe(404);
    }
  });
});

it('with SUBGRAPH_SECRET set, the gateway’s readiness probes are signed and the subgraphs answer them', async () => {
  const strict = await startTestStack({ SUBGRAPH_SECRET: TEST_SUBGRAPH_SECRET });
  try {
    expect(await get(`${strict.gateway.internalUrl}/ready`)).toMatchObject({
      status: 200,
      body: { status: 'ready', checks: { supergraph: 'ok', catalogue: 'ok', inquiries: 'ok', projects: 'ok' } },
    });
  } finally {
    await strict.stop();
  }
});

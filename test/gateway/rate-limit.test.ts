import { randomUUID } from 'node:crypto';
import type { RunningServer } from '../../lib/http/server';
import { startGateway } from '../../gateway/gateway';
import { captureLogger } from '../support/capture-logger';
import { describeWithRedis, TEST_REDIS_URL } from '../support/redis';
import { startTestStack, testConfig, type TestStack } from '../support/stack';
import { bearer } from '../support/tokens';

/**
 * Rate limits by cost: each caller (token subject, else client address) spends its operations'
 * estimated costs from a budget per window, writes from a smaller one of their own; over budget,
 * 429 RATE_LIMITED with Retry-After, logged once. Every answer tells its cost and what is left.
 */
let stack: TestStack;
const started: RunningServer[] = [];
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  for (const gateway of started) await gateway.stop();
  await stack.stop();
});

async function gateway(env: Record<string, string>, logger = captureLogger('gateway').logger): Promise<RunningServer> {
  const urls = { catalogue: stack.subgraphs.catalogue.url, inquiries: stack.subgraphs.inquiries.url, projects: stack.subgraphs.projects.url };
  const server = await startGateway({ config: testConfig({ LOG_LEVEL: 'info', ...env }), port: 0, urls, logger });
  started.push(server);
  return server;
}

/** 1 connection + 10 × (edge + node): 21 points. */
const PAGE = '{ services(first: 10) { edges { node { id } } } }';
const WRITE = 'mutation { openTicket(projectId: "1", title: "never stored") { id } }';

async function send(server: RunningServer, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

describe('in one gateway', () => {
  const log = captureLogger('gateway');
  let limited: RunningServer;
  beforeAll(async () => {
    limited = await gateway({ RATE_LIMIT_POINTS: '50', RATE_LIMIT_WRITE_POINTS: '2', RATE_LIMIT_WINDOW_S: '3600' }, log.logger);
  });

  it('tells each answer its cost and what is left, in extensions and headers', async () => {
    const response = await send(limited, PAGE, await bearer({ subject: 'counted' }));
    expect(response.status).toBe(200);
    expect(response.body.data.services.edges).toHaveLength(10);
    expect(response.body.extensions.rateLimit).toEqual({ cost: 21, limit: 50, remaining: 29, resetAt: expect.any(String) });
    expect(Date.parse(response.body.extensions.rateLimit.resetAt)).toBeGreaterThan(Date.now());
    expect(response.headers.get('x-ratelimit-limit')).toBe('50');
    expect(response.headers.get('x-ratelimit-remaining')).toBe('29');
    expect(response.headers.get('x-ratelimit-cost')).toBe('21');
    expect(Number(response.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
  });

  it('refuses a burst over budget from one subject with 429 RATE_LIMITED and Retry-After, logged once, while another subject is served', async () => {
    const burst = await bearer({ subject: 'bursty', agency: 2 });
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await send(limited, PAGE, burst));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 429, 429, 429]);
    const refused = answers[2];
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(refused.body.extensions.rateLimit).toMatchObject({ cost: 21, limit: 50, remaining: 0 });

    const other = await send(limited, PAGE, await bearer({ subject: 'patient' }));
    expect(other.status).toBe(200);
    expect(other.body.errors).toBeUndefined();

    const events = log.lines.filter((line) => line.event === 'rate_limited');
    expect(events).toEqual([expect.objectContaining({ level: 40, subject: 'bursty', reason: expect.stringMatching(/reads budget of 50/), requestId: expect.any(String), clientAddress: expect.any(String), cost: 21 })]);
  });

  it('anonymous callers are counted by their address', async () => {
    const first = await send(limited, PAGE);
    expect(first.body.extensions.rateLimit.remaining).toBe(29);
    const second = await send(limited, PAGE);
    expect(second.body.extensions.rateLimit.remaining).toBe(8);
  });

  it('writes spend a budget of their own: past it they are refused while reads go on', async () => {
    const writer = await bearer({ subject: 'writer' });
    const statuses = [];
    // Anonymous-role writes: each is refused by the subgraph (nothing stored) but spends its point first.
    for (let i = 0; i < 3; i++) statuses.push((await send(limited, WRITE, writer)).status);
    expect(statuses).toEqual([200, 200, 429]);
    const read = await send(limited, PAGE, writer);
    expect(read.status).toBe(200);
    expect(read.body.extensions.rateLimit).toMatchObject({ limit: 50, remaining: 29 });
  });
});

it('with the response cache on, a repeated answer is counted and told its budget too', async () => {
  const cached = await gateway({ RESPONSE_CACHE: 'true', RATE_LIMIT_POINTS: '50', RATE_LIMIT_WINDOW_S: '3600' });
  const caller = await bearer({ subject: 'cached' });
  const first = await send(cached, PAGE, caller);
  const second = await send(cached, PAGE, caller);
  expect(second.body.data).toEqual(first.body.data);
  expect([first.body.extensions.rateLimit.remaining, second.body.extensions.rateLimit.remaining]).toEqual([29, 8]);
  expect((await send(cached, PAGE, caller)).status).toBe(429);
});

it('lets a browser script read the budget headers across origins', async () => {
  const response = await fetch(stack.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://app.example' }, body: JSON.stringify({ query: '{ __typename }' }) });
  expect(response.headers.get('access-control-expose-headers')).toMatch(/x-ratelimit-remaining.*x-ratelimit-reset|retry-after/);
});

it('with a Redis that does not answer, each replica still counts in its own memory', async () => {
  // Nothing listens on this port of the test's range: the store is down from the start.
  const alone = await gateway({ REDIS_URL: 'redis://127.0.0.1:7199', RATE_LIMIT_POINTS: '50', RATE_LIMIT_WINDOW_S: '3600' });
  const caller = await bearer({ subject: 'stranded' });
  const statuses = [];
  for (let i = 0; i < 3; i++) statuses.push((await send(alone, PAGE, caller)).status);
  expect(statuses).toEqual([200, 200, 429]);
});

describeWithRedis('with REDIS_URL', () => {
  it('two gateway replicas spend from one budget', async () => {
    const env = { REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: `panjare-test-${randomUUID()}`, RATE_LIMIT_POINTS: '50', RATE_LIMIT_WINDOW_S: '3600' };
    const [one, two] = [await gateway(env), await gateway(env)];
    const caller = await bearer({ subject: 'replicated' });
    const first = await send(one, PAGE, caller);
    expect(first.body.extensions.rateLimit.remaining).toBe(29);
    const second = await send(two, PAGE, caller);
    expect(second.status).toBe(200);
    expect(second.body.extensions.rateLimit.remaining).toBe(8);
    const third = await send(one, PAGE, caller);
    expect(third.status).toBe(429);
    expect(third.body.errors[0].extensions.code).toBe('RATE_LIMITED');
  });
});

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { RunningServer } from '../../lib/http/server';
import { startExtraGateway } from '../support/gateway';
import { startTestStack, type TestStack } from '../support/stack';
import { bearer } from '../support/tokens';
import { HOSTILE_CORPUS, type HostileRequest } from './hostile-corpus';

// The gateway runs in this process: its memory is this process's heap, measured after a full GC.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapAfterGc = async () => {
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return process.memoryUsage().heapUsed;
};

const LEAKS = /stacktrace|\n\s+at |SELECT |FROM "|relation "|catalogue\.|inquiries\.|projects\.|ECONNREFUSED|node_modules/;
const NORMAL = '{ catalogueStats { agencies services subServices } inquiryStats { inquiries } projectStats { projects } }';
const NORMAL_ANSWER = { catalogueStats: { agencies: 108, services: 779, subServices: 2094 }, projectStats: { projects: 23 } };

let stack: TestStack;
let safelisted: RunningServer;
let production: RunningServer;
let limited: RunningServer;
let capped: RunningServer;
let hurried: RunningServer;
let heapBefore = 0;
let inquiriesBefore = 0;

beforeAll(async () => {
  stack = await startTestStack();
  safelisted = await startExtraGateway(stack, { PERSISTED_QUERIES: 'safelist' });
  production = await startExtraGateway(stack, { NODE_ENV: 'production' });
  limited = await startExtraGateway(stack, { RATE_LIMIT_POINTS: '1', RATE_LIMIT_WRITE_POINTS: '1' });
  capped = await startExtraGateway(stack, { MAX_RESPONSE_SIZE: '2kb' });
  hurried = await startExtraGateway(stack, { REQUEST_DEADLINE_MS: '1' });
  const warm = await stack.query(NORMAL);
  expect(warm.data).toMatchObject(NORMAL_ANSWER);
  inquiriesBefore = warm.data.inquiryStats.inquiries;
  for (let i = 0; i < 20; i++) await stack.query(NORMAL);
  heapBefore = await heapAfterGc();
});
afterAll(async () => {
  await safelisted.stop();
  await production.stop();
  await limited.stop();
  await capped.stop();
  await hurried.stop();
  await stack.stop();
});

async function send(request: HostileRequest): Promise<{ status: number; text: string; body: any }> {
  const gateway = { open: stack.gateway, safelist: safelisted, production, limited, capped, hurried }[request.target ?? 'open'];
  const url = new URL(request.path ? `${new URL(gateway.url).origin}${request.path}` : gateway.url);
  for (const [key, value] of Object.entries(request.search ?? {})) url.searchParams.set(key, value);
  const headers = { ...request.headers, ...(request.token ? await bearer(request.token) : {}) };
  const response = await fetch(url, { method: request.method ?? 'POST', headers, body: request.method === 'GET' ? undefined : request.body });
  const text = await response.text();
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, text, body };
}

const errorsOf = (body: any): any[] => (Array.isArray(body) ? body.flatMap((item) => item?.errors ?? []) : (body?.errors ?? []));

it('holds at least 100 requests', () => {
  expect(HOSTILE_CORPUS.length).toBeGreaterThanOrEqual(100);
  expect(new Set(HOSTILE_CORPUS.map((request) => request.name)).size).toBe(HOSTILE_CORPUS.length);
});

it.each(HOSTILE_CORPUS.map((request) => [request.name, request] as const))('%s', async (_name, request) => {
  const response = await send(request);
  expect(response.status).toBeLessThan(500);
  expect(response.body).toBeDefined(); // always JSON, never an HTML error page
  expect(response.text).not.toMatch(LEAKS);
  const errors = errorsOf(response.body);
  for (const error of errors) {
    expect(typeof error.extensions?.code).toBe('string');
    expect(error.extensions.code).not.toBe('INTERNAL_SERVER_ERROR');
    expect(error.extensions.requestId).toEqual(expect.any(String));
  }
  if (request.outcome === 'refused') expect(response.status >= 400 || errors.length > 0).toBe(true);
});

it('answers a normal query right after, with the data unchanged', async () => {
  const response = await stack.query(NORMAL);
  expect(response.errors).toBeUndefined();
  expect(response.data).toMatchObject(NORMAL_ANSWER);
  expect(response.data.inquiryStats.inquiries).toBe(inquiriesBefore);
});

it('uses no more than 20% more heap than before the corpus', async () => {
  const heapAfter = await heapAfterGc();
  console.log(`heap after GC: before the corpus ${(heapBefore / 1e6).toFixed(1)} MB, after ${(heapAfter / 1e6).toFixed(1)} MB`);
  expect(heapAfter).toBeLessThanOrEqual(heapBefore * 1.2);
});

import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { RunningServer } from '../../lib/http/server';
import { backstop } from '../../gateway/backstop';
import { startGateway } from '../../gateway/gateway';
import { captureLogger } from '../support/capture-logger';
import { startTestStack, testConfig, type TestStack } from '../support/stack';

/**
 * The backstop behind the cost estimate: a request past its deadline is abandoned (its subgraph
 * connections closed, DEADLINE_EXCEEDED), an answer past the size cap is not sent
 * (RESPONSE_TOO_LARGE), and a shutdown does not wait on such a request.
 */
let stack: TestStack;
/** A catalogue that takes requests and never answers. */
let hanging: http.Server;
const received: { socket: Socket; closed: Promise<void> }[] = [];
const started: RunningServer[] = [];

beforeAll(async () => {
  stack = await startTestStack();
  hanging = http.createServer((request) => {
    const socket = request.socket;
    received.push({ socket, closed: new Promise((resolve) => socket.once('close', () => resolve())) });
  });
  await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  for (const gateway of started) await gateway.stop().catch(() => {});
  hanging.closeAllConnections();
  await new Promise((resolve) => hanging.close(resolve));
  await stack.stop();
});

async function gateway(env: Record<string, string>, catalogue = stack.subgraphs.catalogue.url): Promise<RunningServer> {
  const urls = { catalogue, inquiries: stack.subgraphs.inquiries.url, projects: stack.subgraphs.projects.url };
  const server = await startGateway({ config: testConfig(env), port: 0, urls });
  started.push(server);
  return server;
}

async function send(server: RunningServer, query: string) {
  const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: response.status, body: (await response.json()) as any };
}

const hangingUrl = () => `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/graphql`;

it('a request past its deadline is abandoned with DEADLINE_EXCEEDED, its subgraph connection closed', async () => {
  const server = await gateway({ REQUEST_DEADLINE_MS: '300', SUBGRAPH_TIMEOUT_MS: '600000' }, hangingUrl());
  const before = received.length;
  const response = await send(server, '{ catalogueStats { services } projectStats { projects } }');
  expect(response.body.data).toBeNull();
  expect(response.body.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/deadline of 300 ms/), extensions: expect.objectContaining({ code: 'DEADLINE_EXCEEDED' }) })]);
  expect(response.status).toBeLessThan(500);
  expect(received.length).toBe(before + 1);
  await received[before].closed;
});

it('a shutdown does not wait on a request that would run past the grace period: the deadline ends it first', async () => {
  const server = await gateway({ REQUEST_DEADLINE_MS: '300', SUBGRAPH_TIMEOUT_MS: '600000', SHUTDOWN_GRACE_MS: '600000' }, hangingUrl());
  const before = received.length;
  const answer = send(server, '{ catalogueStats { services } }');
  while (received.length === before) await new Promise((resolve) => setTimeout(resolve, 10));
  // With neither the deadline nor the grace period, this would wait on the hanging subgraph for ever (the test's timeout).
  await server.stop();
  expect((await answer).body.errors[0].extensions.code).toBe('DEADLINE_EXCEEDED');
});

describe('with MAX_RESPONSE_SIZE=2kb', () => {
  let capped: RunningServer;
  beforeAll(async () => {
    capped = await gateway({ MAX_RESPONSE_SIZE: '2kb' });
  });

  it('answers a small query', async () => {
    const response = await send(capped, '{ catalogueStats { services } }');
    expect(response.body).toEqual({ data: { catalogueStats: { services: 779 } } });
  });

  it('abandons a query whose answer is larger, with RESPONSE_TOO_LARGE and no data', async () => {
    const response = await send(capped, '{ services(first: 100) { edges { node { id name { fa en } } } } }');
    expect(response.status).toBeLessThan(500);
    expect(response.body.data).toBeNull();
    expect(response.body.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/larger than 2048 bytes/), extensions: expect.objectContaining({ code: 'RESPONSE_TOO_LARGE' }) })]);
  });
});

it('the last check: an answer larger than the cap as sent is replaced by RESPONSE_TOO_LARGE; a smaller one, or a page that is not JSON, goes as it is', () => {
  const { sizeCap } = backstop(1000, 1024, captureLogger('gateway').logger);
  const respond = (contentType: string, body: string) => {
    const sent: unknown[] = [];
    const headers: Record<string, string> = { 'content-type': contentType };
    const response = { send: (value: unknown) => sent.push(value), getHeader: (name: string) => headers[name], setHeader: (name: string, value: string) => (headers[name] = value) };
    sizeCap({} as never, response as never, () => {});
    response.send(body);
    return { sent: sent[0] as string, headers };
  };
  const large = respond('application/json', JSON.stringify({ data: { text: 'ی'.repeat(600) } }));
  expect(JSON.parse(large.sent)).toEqual({ data: null, errors: [{ message: expect.stringMatching(/larger than 1024 bytes/), extensions: { code: 'RESPONSE_TOO_LARGE' } }] });
  expect(large.headers['cache-control']).toBe('no-store');
  const small = JSON.stringify({ data: { text: 'ی'.repeat(100) } });
  expect(respond('application/json', small).sent).toBe(small);
  const page = '<html>' + 'x'.repeat(5000) + '</html>';
  expect(respond('text/html', page).sent).toBe(page);
});

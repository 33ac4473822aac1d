import http from 'node:http';
import { startChild, type Child } from '../support/child';
import { originOf } from '../support/gateway';
import { testDatabaseUrl } from '../support/stack';

/**
 * `npm start`'s program in a process of its own, sent SIGTERM while requests are in flight:
 * it stops accepting connections, finishes every request it had received, closes its pools
 * and exits 0.
 */
const QUERY = JSON.stringify({ query: '{ servicesByInquiryCount(moreThan: 20, first: 3) { totalCount edges { node { inquiryCount project { number } } } } catalogueStats { services } }' });

let child: Child;
let gatewayUrl: string;
beforeAll(async () => {
  const env = { DATABASE_URL: testDatabaseUrl(), HOST: '127.0.0.1', GATEWAY_PORT: '0', CATALOGUE_PORT: '0', INQUIRIES_PORT: '0', PROJECTS_PORT: '0', LOG_LEVEL: 'info' };
  const started = await startChild('scripts/start.ts', env, /gateway ready: query (http:\/\/\S+\/graphql)/, 90_000);
  child = started;
  gatewayUrl = started.match[1];
}, 120_000);
afterAll(() => {
  if (child.process.exitCode === null) child.process.kill('SIGKILL');
});

/** A request whose headers the server has received (it answered 100 Continue) but whose body is held back. */
function heldRequest(url: string): Promise<{ send: () => Promise<{ status: number; body: any }> }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(QUERY), expect: '100-continue' } });
    request.on('error', reject);
    const response = new Promise<{ status: number; body: any }>((done, fail) => {
      request.on('error', fail); // a connection cut at shutdown fails the test at once
      request.on('response', (incoming) => {
        let text = '';
        incoming.on('data', (chunk) => (text += chunk));
        incoming.on('end', () => done({ status: incoming.statusCode!, body: JSON.parse(text) }));
        incoming.on('error', fail);
      });
    });
    request.on('continue', () =>
      resolve({
        send: () => {
          request.end(QUERY);
          return response;
        },
      }),
    );
    request.flushHeaders();
  });
}

async function refusesConnections(url: string): Promise<boolean> {
  for (let attempt = 0; attempt < 200; attempt++) {
    try {
      await fetch(`${originOf(url)}/health`, { signal: AbortSignal.timeout(1000) });
    } catch (error) {
      if ((error as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED') return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

it('finishes the requests in flight at SIGTERM, refuses new connections, and exits 0', async () => {
  const inFlight = await Promise.all(Array.from({ length: 5 }, () => heldRequest(gatewayUrl)));

  child.process.kill('SIGTERM');
  expect(await refusesConnections(gatewayUrl)).toBe(true);

  const answers = await Promise.all(inFlight.map((request) => request.send()));
  for (const answer of answers) {
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.servicesByInquiryCount.totalCount).toBe(241);
    expect(answer.body.data.servicesByInquiryCount.edges).toHaveLength(3);
    expect(answer.body.data.catalogueStats.services).toBe(779);
  }

  expect(await child.exited).toBe(0);
  expect(child.output()).toMatch(/shutting down/);
}, 120_000);

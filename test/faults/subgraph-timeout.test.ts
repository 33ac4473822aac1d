import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { RunningServer } from '../../lib/http/server';
import { startGateway } from '../../gateway/gateway';
import { post, startTestStack, testConfig, type TestStack } from '../support/stack';

/** A subgraph that accepts connections and never answers: the gateway gives up after SUBGRAPH_TIMEOUT_MS. */
let stack: TestStack;
let hung: Server;
const sockets: Socket[] = [];
let gateway: RunningServer;

beforeAll(async () => {
  stack = await startTestStack();
  hung = createServer((socket) => {
    sockets.push(socket);
    socket.resume(); // read the request, never answer
  });
  await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
  const config = testConfig({ SUBGRAPH_TIMEOUT_MS: '300', READY_TIMEOUT_MS: '300' });
  gateway = await startGateway({
    config,
    port: 0,
    urls: { catalogue: stack.subgraphs.catalogue.url, inquiries: stack.subgraphs.inquiries.url, projects: `http://127.0.0.1:${(hung.address() as AddressInfo).port}/graphql` },
  });
});
afterAll(async () => {
  await gateway.stop();
  for (const socket of sockets) socket.destroy();
  hung.close();
  await stack.stop();
});

it('a subgraph that does not answer yields the others’ data and SUBGRAPH_TIMEOUT naming it', async () => {
  const response = await post(gateway.url, '{ catalogueStats { services } inquiryStats { inquiries } projectByNumber(number: 1) { number } }');
  expect(response.status).toBe(200);
  expect(response.data.catalogueStats).toEqual({ services: 779 });
  expect(response.data.inquiryStats.inquiries).toBeGreaterThan(1300);
  expect(response.data.projectByNumber).toBeNull();
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0]).toMatchObject({ message: 'The projects subgraph did not answer in time', extensions: { code: 'SUBGRAPH_TIMEOUT', serviceName: 'projects' } });
});

it('an entity fetch from it times out the same way, the rest of the answer intact', async () => {
  const response = await post(gateway.url, '{ services(first: 3) { edges { node { name { fa } project { number } } } } }');
  expect(response.data.services.edges).toHaveLength(3);
  for (const { node } of response.data.services.edges) expect(node.project).toBeNull();
  expect(response.errors![0].extensions).toMatchObject({ code: 'SUBGRAPH_TIMEOUT', serviceName: 'projects' });
});

it('/ready names the silent subgraph', async () => {
  const ready = await fetch(`${gateway.internalUrl}/ready`);
  expect(ready.status).toBe(503);
  const body = await ready.json();
  expect(body.failing).toEqual(['projects']);
  expect(body.checks.projects).toMatch(/^unavailable: no answer (in time|within 300 ms)$/);
});

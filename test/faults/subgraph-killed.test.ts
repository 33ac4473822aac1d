import { freePort } from '../../lib/database/embedded';
import type { RunningServer } from '../../lib/http/server';
import { startGateway } from '../../gateway/gateway';
import { catalogue } from '../../subgraphs/catalogue';
import { inquiries } from '../../subgraphs/inquiries';
import { startSubgraph } from '../../subgraphs/common/subgraph';
import { startChild, type Child } from '../support/child';
import { originOf } from '../support/gateway';
import { post, testDatabaseUrl, testConfig } from '../support/stack';

/** The projects subgraph in a process of its own, killed (SIGKILL) while the gateway is answering. */
const QUERY = '{ servicesByInquiryCount(moreThan: 20, first: 5) { totalCount edges { node { name { fa } inquiryCount project { number } } } } }';
let child: Child;
const servers: RunningServer[] = [];
let gateway: RunningServer;

beforeAll(async () => {
  const config = testConfig();
  const port = await freePort();
  child = await startChild('subgraphs/projects/index.ts', { DATABASE_URL: testDatabaseUrl(), PROJECTS_PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info' }, /projects subgraph ready at/);
  const options = { config, databaseUrl: testDatabaseUrl(), port: 0 };
  servers.push(await startSubgraph(catalogue, options), await startSubgraph(inquiries, options));
  gateway = await startGateway({ config, port: 0, urls: { catalogue: servers[0].url, inquiries: servers[1].url, projects: `http://127.0.0.1:${port}/graphql` } });
  servers.unshift(gateway);
}, 90_000);
afterAll(async () => {
  child.process.kill('SIGKILL');
  for (const server of servers) await server.stop();
});

it('answers in full, then, with the subgraph killed mid-run, partially with an error naming it; /ready names it', async () => {
  const full = await post(gateway.url, QUERY);
  expect(full.errors).toBeUndefined();
  expect(full.data.servicesByInquiryCount.edges.filter((edge: any) => edge.node.project).length).toBeGreaterThan(0);
  expect((await fetch(`${gateway.internalUrl}/ready`)).status).toBe(200);

  // Requests in flight while the process dies: each gets the catalogue's and inquiries' data, never a 500.
  const during = Array.from({ length: 20 }, () => post(gateway.url, QUERY));
  child.process.kill('SIGKILL');
  for (const response of await Promise.all(during)) {
    expect(response.status).toBe(200);
    expect(response.data.servicesByInquiryCount.totalCount).toBe(241);
    for (const error of response.errors ?? []) expect(error.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'projects' });
  }
  await child.exited;

  const partial = await post(gateway.url, QUERY);
  expect(partial.status).toBe(200);
  expect(partial.data.servicesByInquiryCount.totalCount).toBe(241);
  expect(partial.data.servicesByInquiryCount.edges).toHaveLength(5);
  for (const { node } of partial.data.servicesByInquiryCount.edges) {
    expect(node.inquiryCount).toBeGreaterThan(20);
    expect(node.project).toBeNull();
  }
  expect(partial.errors).toHaveLength(1);
  expect(partial.errors![0].message).toBe('The projects subgraph is unavailable');
  expect(partial.errors![0].extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'projects' });

  const ready = await fetch(`${gateway.internalUrl}/ready`);
  expect(ready.status).toBe(503);
  const body = await ready.json();
  expect(body.failing).toEqual(['projects']);
  expect(body.checks).toMatchObject({ supergraph: 'ok', catalogue: 'ok', inquiries: 'ok', projects: 'unavailable: unreachable' });
  expect((await fetch(`${originOf(gateway.url)}/health`)).status).toBe(200);
});

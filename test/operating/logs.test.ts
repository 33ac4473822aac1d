import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../../lib/paths';
import { startGatewayProcess, startSubgraphProcesses, stopAll, type ServerProcess } from '../support/processes';
import { post } from '../support/stack';
import { bearer } from '../support/tokens';

let subgraphs: Record<string, ServerProcess> | undefined;
let gateway: ServerProcess | undefined;
beforeAll(async () => {
  const started = await startSubgraphProcesses();
  subgraphs = started;
  // The gateway's caches off: every request here must reach the subgraphs to be logged there.
  gateway = await startGatewayProcess({ catalogue: started.catalogue.url, inquiries: started.inquiries.url, projects: started.projects.url }, { RESPONSE_CACHE: 'false', ENTITY_CACHE: 'false' });
}, 120_000);
afterAll(() => stopAll([gateway, ...Object.values(subgraphs ?? {})]));

const linesOf = (server: ServerProcess) =>
  server
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

async function linesWith(server: ServerProcess, requestId: string, atLeast = 1) {
  for (let tries = 0; tries < 50; tries++) {
    const found = linesOf(server).filter((line) => line.requestId === requestId);
    if (found.length >= atLeast) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return linesOf(server).filter((line) => line.requestId === requestId);
}

const QUERY = `query LoggedAgencies { agencies(first: 2) { edges { node { id projects { id } } } } }`;

it('one request id finds the request’s JSON log lines in the gateway and in every subgraph it reached', async () => {
  const requestId = `logs-test-${Date.now()}`;
  const token = await bearer({ roles: ['admin'] });
  const response = await post(gateway!.url, QUERY, undefined, { 'x-request-id': requestId, ...token });
  expect(response.errors).toBeUndefined();
  for (const server of [gateway!, subgraphs!.catalogue!, subgraphs!.projects!]) {
    const lines = await linesWith(server, requestId);
    expect(lines.length).toBeGreaterThanOrEqual(1);
    // The request's access line: level, time, status, duration.
    expect(lines).toContainEqual(
      expect.objectContaining({ msg: 'request completed', requestId, level: 30, responseTime: expect.any(Number), req: { method: 'POST', url: '/graphql' }, res: { statusCode: 200 } }),
    );
    // Headers are not logged: no bearer token, no signed identity.
    expect(JSON.stringify(lines)).not.toContain(token.authorization!.slice('Bearer '.length));
  }
  expect(await linesWith(subgraphs!.inquiries!, requestId)).toEqual([]);
});

it('without x-request-id the gateway makes one, returns it, and the subgraphs log the same one', async () => {
  const response = await fetch(gateway!.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
  const requestId = response.headers.get('x-request-id')!;
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  expect((await linesWith(gateway!, requestId)).length).toBeGreaterThanOrEqual(1);
  expect((await linesWith(subgraphs!.projects!, requestId)).length).toBeGreaterThanOrEqual(1);
});

it.each([
  ['json', (output: string) => expect(JSON.parse(output.trim().split('\n')[0]!)).toMatchObject({ msg: 'a line to read', answer: 42, name: 'log-line' })],
  ['auto', (output: string) => expect(JSON.parse(output.trim().split('\n')[0]!)).toMatchObject({ msg: 'a line to read' })],
  [
    'pretty',
    (output: string) => {
      expect(output).toContain('a line to read');
      expect(output).toMatch(/INFO/);
      expect(() => JSON.parse(output.trim().split('\n')[0]!)).toThrow();
    },
  ],
])('LOG_FORMAT=%s on a pipe (auto means JSON unless stdout is a terminal)', (format, check) => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'test/support/log-line.ts')], { cwd: ROOT, env: { ...process.env, LOG_FORMAT: format }, encoding: 'utf8' });
  expect(run.status).toBe(0);
  check(run.stdout);
});

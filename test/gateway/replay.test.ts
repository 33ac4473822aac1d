import { randomUUID } from 'node:crypto';
import { startGateway } from '../../gateway/gateway';
import type { RunningServer } from '../../lib/http/server';
import { seed } from '../../seeds/load';
import { catalogue } from '../../subgraphs/catalogue';
import { inquiries } from '../../subgraphs/inquiries';
import { projects } from '../../subgraphs/projects';
import { startSubgraph, type RunningSubgraph } from '../../subgraphs/common/subgraph';
import { captureLogger } from '../support/capture-logger';
import { createScratchDatabase } from '../support/database';
import { REPORT, snapshot } from '../support/projects';
import { recordingProxy, send, type Captured, type RecordingProxy } from '../support/recording-proxy';
import { itWithRedis, REDIS_MISSING, TEST_REDIS_URL } from '../support/redis';
import { post, testConfig, testDatabaseUrl, TEST_SUBGRAPH_SECRET, type TestStack } from '../support/stack';
import { bearer } from '../support/tokens';
import { HOSTILE_REPLAYS, type HostileReplay } from './hostile-corpus';

/**
 * A real gateway whose calls to the projects and catalogue subgraphs pass through recording proxies:
 * what an eavesdropper between them could capture. Each probe makes a call through the gateway,
 * takes its capture, alters it (or not) and sends it straight to a subgraph. The subgraphs run
 * strict (SUBGRAPH_SECRET set) and, when a Redis answers, keep the mutations' nonces there, which a
 * second replica of the projects subgraph shares.
 */
const config = testConfig({
  SUBGRAPH_SECRET: TEST_SUBGRAPH_SECRET,
  ...(REDIS_MISSING ? {} : { REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: `panjare-replay-${randomUUID()}` }),
});
const logs = { projects: captureLogger('projects'), replica: captureLogger('projects'), catalogue: captureLogger('catalogue') };

let drop: () => Promise<void>;
let servers: { projects: RunningSubgraph; replica: RunningSubgraph; catalogue: RunningSubgraph; inquiries: RunningSubgraph };
let proxies: { projects: RecordingProxy; catalogue: RecordingProxy };
let gateway: RunningServer;
let projectIds: [string, string];

beforeAll(async () => {
  const database = await createScratchDatabase(testDatabaseUrl(), 'panjare_scratch');
  drop = database.drop;
  await seed({ databaseUrl: database.url, scale: 1, mode: 'force' });
  const options = (logger = captureLogger('quiet').logger) => ({ config, databaseUrl: database.url, port: 0, logger });
  servers = {
    projects: await startSubgraph(projects, options(logs.projects.logger)),
    replica: await startSubgraph(projects, options(logs.replica.logger)),
    catalogue: await startSubgraph(catalogue, options(logs.catalogue.logger)),
    inquiries: await startSubgraph(inquiries, options()),
  };
  proxies = { projects: await recordingProxy(servers.projects.url), catalogue: await recordingProxy(servers.catalogue.url) };
  gateway = await startGateway({ config, port: 0, urls: { projects: proxies.projects.url, catalogue: proxies.catalogue.url, inquiries: servers.inquiries.url } });
  const { data } = await post(gateway.url, '{ one: projectByNumber(number: 1) { id } two: projectByNumber(number: 2) { id } }');
  projectIds = [data.one.id, data.two.id];
}, 120_000);

afterAll(async () => {
  await gateway?.stop();
  for (const proxy of Object.values(proxies ?? {})) await proxy.stop();
  for (const server of Object.values(servers ?? {})) await server.stop();
  await drop?.();
});

const snapshots = async () => {
  const stack = { subgraphs: { projects: servers.projects } } as unknown as TestStack;
  return Promise.all(projectIds.map((id) => snapshot(stack, id)));
};

let probes = 0;

/** A write or a read through the gateway, and its call to the projects subgraph as captured on the wire. */
async function captureThroughGateway(kind: HostileReplay['captured']): Promise<Captured> {
  const before = proxies.projects.captured.length;
  probes += 1;
  const token = await bearer({ roles: ['admin'], subject: 'replay-admin' });
  const write = (headers: Record<string, string>) => post(gateway.url, REPORT, { projectId: projectIds[0], progress: 10 + probes, note: `probe ${probes}` }, { ...token, ...headers });
  const response =
    kind === 'read' ? await post(gateway.url, '{ projectStats { projects } }') : await write(kind === 'write' ? { 'idempotency-key': `replay-key-${probes}` } : {});
  expect(response.errors).toBeUndefined();
  const field = kind === 'read' ? 'projectStats' : 'reportProgress';
  const capture = proxies.projects.captured.slice(before).find((call) => call.body.toString('utf8').includes(field));
  expect(capture).toBeDefined();
  expect(capture!.status).toBe(200);
  return capture!;
}

/** The body with the write made for the other project and another figure, or the read asking something else. */
function anotherBody(kind: HostileReplay['captured'], body: Buffer): Buffer {
  const parsed = JSON.parse(body.toString('utf8'));
  if (kind !== 'read') {
    expect(parsed.variables).toMatchObject({ projectId: projectIds[0], progress: expect.any(Number) });
    parsed.variables = { ...parsed.variables, projectId: projectIds[1], progress: 99 };
  } else {
    parsed.query = '{ projects { id version } }';
  }
  return Buffer.from(JSON.stringify(parsed));
}

const securityEvents = (lines: Record<string, any>[], requestId: string) => lines.filter((line) => line.event === 'signature_refused' && line.requestId === requestId);

async function probe(replay: HostileReplay) {
  const capture = await captureThroughGateway(replay.captured);
  const requestId = `replay-probe-${probes}`;
  // The request id is not signed (it only names log lines): the attacker's own, to find the refusal in the log.
  let headers: Record<string, string> = { ...capture.headers, 'x-request-id': requestId };
  let { body, path } = capture;
  let target = { url: servers.projects.url, log: logs.projects.lines };
  switch (replay.change) {
    case 'another body': body = anotherBody(replay.captured, body); break;
    case 'another subgraph': target = { url: servers.catalogue.url, log: logs.catalogue.lines }; break;
    case 'nothing, at another replica': target = { url: servers.replica.url, log: logs.replica.lines }; break;
    case 'another retry key': headers = { ...headers, 'idempotency-key': 'the-attackers-key' }; break;
    case 'another client address': headers = { ...headers, 'x-panjare-client-address': '203.0.113.66' }; break;
    case 'another path': path = `${path}?replayed=1`; break;
    case 'nothing': break;
  }
  const before = await snapshots();
  const answer = await send(`${new URL(target.url).origin}${path}`, capture.method, headers, body);
  const parsed = JSON.parse(answer.text);
  if (replay.outcome === 'refused') {
    expect(answer.status).toBe(401);
    expect(parsed.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await snapshots()).toEqual(before);
    expect(securityEvents(target.log, requestId)).toEqual([expect.objectContaining({ level: 40, subject: replay.captured === 'read' ? null : 'replay-admin', reason: expect.any(String) })]);
  } else {
    expect(answer.status).toBe(200);
    expect(parsed).toEqual(JSON.parse(capture.answer));
    expect(securityEvents(target.log, requestId)).toEqual([]);
  }
  return requestId;
}

const needsRedis = (replay: HostileReplay) => replay.change === 'nothing, at another replica';

it.each(HOSTILE_REPLAYS.filter((replay) => !needsRedis(replay)).map((replay) => [replay.name, replay] as const))('%s', async (_name, replay) => {
  await probe(replay);
});

for (const replay of HOSTILE_REPLAYS.filter(needsRedis)) itWithRedis(replay.name, async () => void (await probe(replay)));

it('the body-swapped write is refused for the reason that it was signed for another body, the verbatim one for being used before', async () => {
  const swapped = await probe({ name: 'swapped', captured: 'write', change: 'another body', outcome: 'refused' });
  expect(securityEvents(logs.projects.lines, swapped)[0]).toMatchObject({ reason: expect.stringMatching(/does not match this request/), subgraph: 'projects', clientAddress: '127.0.0.1' });
  const verbatim = await probe({ name: 'verbatim', captured: 'write', change: 'nothing', outcome: 'refused' });
  expect(securityEvents(logs.projects.lines, verbatim)[0]).toMatchObject({ reason: expect.stringMatching(/used again/), subgraph: 'projects', clientAddress: '127.0.0.1' });
});

it("the gateway's own calls through the proxies raised no security event", () => {
  const events = [...logs.projects.lines, ...logs.catalogue.lines, ...logs.replica.lines].filter((line) => line.event === 'signature_refused');
  expect(events.length).toBeGreaterThan(0);
  expect(events.every((line) => String(line.requestId).startsWith('replay-probe-'))).toBe(true);
});

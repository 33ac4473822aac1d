import type { RunningServer } from '../../lib/http/server';
import { startGateway } from '../../gateway/gateway';
import { captureLogger } from '../support/capture-logger';
import { codeOf, REPORT, writeFixture, type WriteFixture } from '../support/projects';
import { startScratchStack } from '../support/scratch-stack';
import { testConfig, type TestStack } from '../support/stack';
import { bearer } from '../support/tokens';

/**
 * Refused tokens and denied writes are logged once each, as security events with who, from where,
 * why and the request id (never the token); audit entries carry the request id and client address.
 */
let stack: TestStack;
let fixture: WriteFixture;
const behindProxy = captureLogger('gateway');
const direct = captureLogger('gateway');
let proxied: RunningServer;
let exposed: RunningServer;
beforeAll(async () => {
  stack = await startScratchStack();
  fixture = await writeFixture(stack, 5);
  const urls = { catalogue: stack.subgraphs.catalogue.url, inquiries: stack.subgraphs.inquiries.url, projects: stack.subgraphs.projects.url };
  // One gateway behind a proxy on this machine (TRUST_PROXY=loopback), one facing clients directly.
  proxied = await startGateway({ config: testConfig({ TRUST_PROXY: 'loopback', LOG_LEVEL: 'info' }), port: 0, urls, logger: behindProxy.logger });
  exposed = await startGateway({ config: testConfig({ LOG_LEVEL: 'info' }), port: 0, urls, logger: direct.logger });
});
afterAll(async () => {
  await proxied.stop();
  await exposed.stop();
  await stack.stop();
});

const CLIENT = '203.0.113.7';

async function send(gateway: RunningServer, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': CLIENT, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, requestId: response.headers.get('x-request-id')!, body: (await response.json()) as any };
}

const eventsOf = (log: ReturnType<typeof captureLogger>, requestId: string) => log.lines.filter((line) => line.requestId === requestId && line.event);

describe('token_refused', () => {
  it.each([
    ['a token signed with another key', { secret: 'an-attacker-secret-of-thirty-two-characters' }, /signature is not valid/],
    ['a token valid for 100 years', { ttl: 100 * 365 * 86_400 }, /valid for 3153600000 s/],
    ['an expired token', { ttl: -60 }, /expired/],
  ])('%s: one warning with the claimed subject and agency, the reason, the request id and the client address; never the token', async (_case, token, reason) => {
    const headers = await bearer({ subject: 'intruder', agency: 'AG-002', roles: ['admin'], ...token });
    const response = await send(proxied, '{ projectStats { projects } }', {}, headers);
    expect(response.status).toBe(401);
    const events = eventsOf(behindProxy, response.requestId);
    expect(events).toEqual([
      expect.objectContaining({ level: 40, event: 'token_refused', subject: 'intruder', agency: 'AG-002', reason: expect.stringMatching(reason), requestId: response.requestId, clientAddress: CLIENT }),
    ]);
    const jwt = headers.authorization.slice('Bearer '.length);
    expect(JSON.stringify(behindProxy.lines)).not.toContain(jwt.split('.')[2]);
  });

  it('garbage for a token: the event says so, with no claims', async () => {
    const response = await send(proxied, '{ projectStats { projects } }', {}, { authorization: 'Bearer not.a.jwt' });
    expect(eventsOf(behindProxy, response.requestId)).toEqual([expect.objectContaining({ event: 'token_refused', subject: null, agency: null, reason: expect.stringMatching(/malformed/) })]);
  });
});

describe('write_denied', () => {
  it('an editor of an agency outside the project: FORBIDDEN, one event with the verified subject and agency', async () => {
    const response = await send(proxied, REPORT, { projectId: fixture.projectId, progress: 10 }, await bearer({ agency: fixture.other.code, subject: 'outsider' }));
    expect(codeOf(response.body)).toBe('FORBIDDEN');
    expect(eventsOf(behindProxy, response.requestId)).toEqual([
      expect.objectContaining({ level: 40, event: 'write_denied', subject: 'outsider', agency: Number(fixture.other.id), reason: expect.stringMatching(/neither leads nor takes part/), requestId: response.requestId, clientAddress: CLIENT, field: 'reportProgress' }),
    ]);
  });

  it('an anonymous mutation: UNAUTHENTICATED, one event with no subject', async () => {
    const response = await send(proxied, REPORT, { projectId: fixture.projectId, progress: 10 });
    expect(codeOf(response.body)).toBe('UNAUTHENTICATED');
    expect(eventsOf(behindProxy, response.requestId)).toEqual([expect.objectContaining({ event: 'write_denied', subject: null, agency: null, reason: expect.stringMatching(/needs a bearer token/) })]);
  });

  it('a read refused by the audit log rules is not a denied write; a permitted write and a plain read log no event', async () => {
    const read = await send(proxied, '{ projectByNumber(number: 5) { auditLog(first: 1) { totalCount } } }', {}, await bearer({ agency: fixture.other.code }));
    expect(codeOf(read.body)).toBe('FORBIDDEN');
    const write = await send(proxied, REPORT, { projectId: fixture.projectId, progress: 11 }, await bearer({ agency: fixture.own.code }));
    expect(write.body.errors).toBeUndefined();
    for (const response of [read, write]) expect(eventsOf(behindProxy, response.requestId)).toEqual([]);
  });
});

describe('the client address', () => {
  it('behind a trusted proxy, X-Forwarded-For names the client; the audit entry carries it and the request id', async () => {
    const response = await send(proxied, REPORT, { projectId: fixture.projectId, progress: 12, note: 'audited origin' }, await bearer({ agency: fixture.own.code, subject: 'origin-editor' }));
    expect(response.body.errors).toBeUndefined();
    const [entry] = await stack.subgraphs.projects.dataSource.query(
      `SELECT request_id AS "requestId", host(client_address) AS "clientAddress" FROM projects.audit_log WHERE subject = 'origin-editor' ORDER BY id DESC LIMIT 1`,
    );
    expect(entry).toEqual({ requestId: response.requestId, clientAddress: CLIENT });
  });

  it('without TRUST_PROXY, X-Forwarded-For is ignored: the peer is the client, in the events and the audit', async () => {
    const denied = await send(exposed, REPORT, { projectId: fixture.projectId, progress: 13 }, await bearer({ agency: fixture.other.code }));
    expect(eventsOf(direct, denied.requestId)).toEqual([expect.objectContaining({ event: 'write_denied', clientAddress: '127.0.0.1' })]);
    const written = await send(exposed, REPORT, { projectId: fixture.projectId, progress: 14 }, await bearer({ agency: fixture.own.code, subject: 'direct-editor' }));
    expect(written.body.errors).toBeUndefined();
    const [entry] = await stack.subgraphs.projects.dataSource.query(
      `SELECT request_id AS "requestId", host(client_address) AS "clientAddress" FROM projects.audit_log WHERE subject = 'direct-editor' ORDER BY id DESC LIMIT 1`,
    );
    expect(entry).toEqual({ requestId: written.requestId, clientAddress: '127.0.0.1' });
  });
});

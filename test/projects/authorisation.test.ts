import { codeOf, OPEN, REPORT, RESOLVE, snapshot, writeFixture, type WriteFixture } from '../support/projects';
import { startScratchStack } from '../support/scratch-stack';
import { signedFor } from '../support/signing';
import { post, startTestStack, TEST_SUBGRAPH_SECRET, type TestStack } from '../support/stack';
import { bearer } from '../support/tokens';

/**
 * Each kind of caller against each mutation, through the gateway over HTTP with real tokens,
 * on a database of this file's own. A refused write leaves every table and the version as they were.
 */
let stack: TestStack;
let fixture: WriteFixture;
beforeAll(async () => {
  stack = await startScratchStack();
  fixture = await writeFixture(stack);
});
afterAll(() => stack.stop());

type Caller = 'anonymous' | 'own editor (code)' | 'own editor (id)' | 'other editor' | 'admin' | 'no role' | 'expired' | 'other key';
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN';

const headersOf = async (caller: Caller): Promise<Record<string, string>> => {
  switch (caller) {
    case 'anonymous': return {};
    case 'own editor (code)': return bearer({ agency: fixture.own.code, subject: 'own-editor' });
    case 'own editor (id)': return bearer({ agency: fixture.own.id, subject: 'own-editor-by-id' });
    case 'other editor': return bearer({ agency: fixture.other.code, subject: 'other-editor' });
    case 'admin': return bearer({ roles: ['admin'], subject: 'the-admin' });
    case 'no role': return bearer({ agency: fixture.own.code, roles: [], subject: 'viewer' });
    case 'expired': return bearer({ agency: fixture.own.code, ttl: -60 });
    case 'other key': return bearer({ agency: fixture.own.code, roles: ['admin'], secret: 'another-secret-that-is-long-enough-to-sign' });
  }
};

const CASES: [Caller, Outcome, number][] = [
  ['anonymous', 'UNAUTHENTICATED', 200],
  ['own editor (code)', 'ok', 200],
  ['own editor (id)', 'ok', 200],
  ['other editor', 'FORBIDDEN', 200],
  ['admin', 'ok', 200],
  ['no role', 'FORBIDDEN', 200],
  ['expired', 'UNAUTHENTICATED', 401],
  ['other key', 'UNAUTHENTICATED', 401],
];

const openTicket = async () => {
  const response = await stack.query(OPEN, { projectId: fixture.projectId, title: 'an obstacle' }, await bearer({ roles: ['admin'] }));
  return response.data.openTicket.id as string;
};

describe.each(CASES)('%s', (caller, outcome, status) => {
  const mutations: [string, () => Promise<[string, Record<string, unknown>]>][] = [
    ['reportProgress', async () => [REPORT, { projectId: fixture.projectId, progress: 55.5, note: `by ${caller}` }]],
    ['openTicket', async () => [OPEN, { projectId: fixture.projectId, title: `raised by ${caller}`, body: 'details' }]],
    ['resolveTicket', async () => [RESOLVE, { id: await openTicket(), resolution: `resolved by ${caller}` }]],
  ];

  it.each(mutations)(`${outcome === 'ok' ? 'may' : 'may not'} %s`, async (field, operation) => {
    const [query, variables] = await operation();
    const before = await snapshot(stack, fixture.projectId);
    const response = await stack.query(query, variables, await headersOf(caller));
    const after = await snapshot(stack, fixture.projectId);
    expect(response.status).toBe(status);
    if (outcome === 'ok') {
      expect(response.errors).toBeUndefined();
      expect(response.data[field].id).toMatch(/^\d+$/);
      expect(after.version).toBe(before.version + 1);
      expect(after.audit).toBe(before.audit + 1);
      return;
    }
    expect(codeOf(response)).toBe(outcome);
    expect(response.errors![0].message).toMatch(outcome === 'FORBIDDEN' ? /editor|admin|agency/ : /token/);
    expect(after).toEqual(before);
  });
});

describe('what a write records', () => {
  it('the report names its subject and agency; the audit entry who, when, what, before and after', async () => {
    const headers = await bearer({ agency: fixture.own.code, subject: 'recorder' });
    const { version: before } = await snapshot(stack, fixture.projectId);
    const response = await stack.query(REPORT, { projectId: fixture.projectId, progress: 64, note: 'recorded', expectedVersion: before }, headers);
    expect(response.data.reportProgress).toMatchObject({ progress: 64, note: 'recorded', reportedBy: 'recorder', agency: { id: fixture.own.id } });
    const log = await stack.query(`query($id: ID!) { project(id: $id) { version progress auditLog(first: 100) { totalCount edges { node {
      subject agency { id } roles action targetId before after at } } } } }`, { id: fixture.projectId }, headers);
    expect(log.errors).toBeUndefined();
    const project = log.data.project;
    expect(project).toMatchObject({ version: before + 1, progress: 64 });
    const last = project.auditLog.edges.at(-1).node;
    expect(last).toMatchObject({
      subject: 'recorder',
      agency: { id: fixture.own.id },
      roles: ['editor'],
      action: 'REPORT_PROGRESS',
      targetId: response.data.reportProgress.id,
      before: { project: { version: before } },
      after: { project: { version: before + 1, progress: 64 }, report: { progress: 64, note: 'recorded' } },
    });
    expect(Date.now() - Date.parse(last.at)).toBeLessThan(10 * 60_000);
  });

  it('resolveTicket records the resolution, who resolved it and when', async () => {
    const id = await openTicket();
    const response = await stack.query(RESOLVE, { id, resolution: 'fixed' }, await bearer({ agency: fixture.own.code, subject: 'fixer' }));
    expect(response.data.resolveTicket).toMatchObject({ id, status: 'RESOLVED', resolution: 'fixed', resolvedBy: 'fixer' });
    expect(Date.parse(response.data.resolveTicket.resolvedAt)).not.toBeNaN();
  });
});

describe('auditLog visibility', () => {
  const AUDIT = `query($id: ID!) { project(id: $id) { number auditLog(first: 5) { totalCount } } }`;

  it.each([
    ['admin', 'ok'],
    ['own editor (code)', 'ok'],
    ['no role', 'ok'], // a caller of the project's own agency, whatever the role
    ['other editor', 'FORBIDDEN'],
    ['anonymous', 'UNAUTHENTICATED'],
  ] as [Caller, Outcome][])('%s: %s', async (caller, outcome) => {
    const response = await stack.query(AUDIT, { id: fixture.projectId }, await headersOf(caller));
    expect(response.data.project.number).toBe(1);
    if (outcome === 'ok') {
      expect(response.errors).toBeUndefined();
      expect(response.data.project.auditLog.totalCount).toBeGreaterThan(0);
    } else {
      expect(response.data.project.auditLog).toBeNull();
      expect(codeOf(response)).toBe(outcome);
    }
  });

  it('on every project at once: the own agency\'s logs, FORBIDDEN for the others, one audit statement', async () => {
    const headers = await bearer({ agency: fixture.own.code });
    const { result, statements } = await stack.countStatements(() =>
      stack.query('{ projects { id agencies { id } auditLog(first: 2) { totalCount edges { node { action } } } } }', {}, headers),
    );
    const own = result.data.projects.filter((p: any) => p.agencies.some((a: any) => a.id === fixture.own.id));
    const others = result.data.projects.filter((p: any) => !p.agencies.some((a: any) => a.id === fixture.own.id));
    expect(own.length).toBeGreaterThan(0);
    expect(others.length).toBeGreaterThan(0);
    for (const project of own) expect(project.auditLog).not.toBeNull();
    for (const project of others) expect(project.auditLog).toBeNull();
    expect(result.errors!.every((error) => error.extensions?.code === 'FORBIDDEN')).toBe(true);
    expect(result.errors!.length).toBe(others.length);
    // projects, agencies of the projects, one page statement for the logs
    expect(statements).toBeLessThanOrEqual(3);
  });
});

describe('straight to the projects subgraph, bypassing the gateway', () => {
  const MUTATION = `mutation { openTicket(projectId: "1", title: "bypass") { id } }`;

  it('without SUBGRAPH_SECRET: an unsigned read is answered, an unsigned mutation refused', async () => {
    const read = await post(stack.subgraphs.projects.url, '{ projectStats { projects } }');
    expect(read.data.projectStats.projects).toBe(23);
    const before = await snapshot(stack, fixture.projectId);
    const write = await post(stack.subgraphs.projects.url, MUTATION);
    expect(write.status).toBe(401);
    expect(codeOf(write)).toBe('UNAUTHENTICATED');
    expect(write.errors![0].message).toMatch(/gateway/);
    expect(await snapshot(stack, fixture.projectId)).toEqual(before);
  });

  describe('with SUBGRAPH_SECRET set', () => {
    let strict: TestStack;
    beforeAll(async () => {
      strict = await startTestStack({ SUBGRAPH_SECRET: TEST_SUBGRAPH_SECRET }, stack.databaseUrl);
    });
    afterAll(() => strict.stop());

    const admin = { subject: 'intruder', agencyId: null, roles: ['admin' as const] };
    type Signed = (url: string, query: string) => Record<string, string>;
    const forged: Signed = (url, query) => signedFor('projects', url, query, {}, admin, { secret: 'not-the-subgraph-secret-but-long-enough' });
    const stale: Signed = (url, query) => signedFor('projects', url, query, {}, admin, { now: Date.now() - 5 * 60_000 });
    const tampered: Signed = (url, query) => ({
      ...signedFor('projects', url, query, {}, { ...admin, roles: [] }),
      'x-panjare-identity': signedFor('projects', url, query, {}, admin, { secret: 'x'.repeat(40) })['x-panjare-identity']!,
    });
    const forAnotherSubgraph: Signed = (url, query) => signedFor('catalogue', url, query, {}, admin);
    const forAnotherBody: Signed = (url, query) => signedFor('projects', url, `${query} `, {}, admin);

    it.each<[string, Signed, RegExp]>([
      ['no signature', () => ({}), /no gateway signature/],
      ['a signature made with another secret', forged, /does not match/],
      ['a signature five minutes old', stale, /too old/],
      ['an identity swapped under a valid signature', tampered, /does not match/],
      ['a signature made for another subgraph', forAnotherSubgraph, /does not match/],
      ['a signature made for another body', forAnotherBody, /does not match/],
      ['a malformed signature', () => ({ 'x-panjare-identity': 'bnVsbA', 'x-panjare-signature': 'nonsense' }), /malformed/],
    ])('%s: reads and writes are refused, nothing written', async (_case, headers, message) => {
      const before = await snapshot(strict, fixture.projectId);
      for (const query of ['{ projectStats { projects } }', MUTATION]) {
        const response = await post(strict.subgraphs.projects.url, query, {}, headers(strict.subgraphs.projects.url, query));
        expect(response.status).toBe(401);
        expect(codeOf(response)).toBe('UNAUTHENTICATED');
        expect(response.errors![0].message).toMatch(message);
      }
      expect(await snapshot(strict, fixture.projectId)).toEqual(before);
    });

    it('the gateway\'s own signature gets through: reads, an admin\'s write, an editor\'s by agency code', async () => {
      const url = strict.subgraphs.projects.url;
      const read = await post(url, '{ projectStats { projects } }', {}, signedFor('projects', url, '{ projectStats { projects } }', {}, null));
      expect(read.data.projectStats.projects).toBe(23);
      const viaGateway = await strict.query(OPEN, { projectId: fixture.projectId, title: 'through the strict gateway' }, await bearer({ roles: ['admin'] }));
      expect(viaGateway.errors).toBeUndefined();
      expect(viaGateway.data.openTicket.status).toBe('OPEN');
      // an editor named by agency code: the gateway resolves the code through the strict catalogue with its own signature
      const byCode = await strict.query(REPORT, { projectId: fixture.projectId, progress: 12 }, await bearer({ agency: fixture.own.code }));
      expect(byCode.errors).toBeUndefined();
      expect(byCode.data.reportProgress.agency.id).toBe(fixture.own.id);
      const anonymous = await strict.query('{ projectByNumber(number: 2) { number } agencies(first: 1) { totalCount } }');
      expect(anonymous.data).toEqual({ projectByNumber: { number: 2 }, agencies: { totalCount: 108 } });
    });
  });
});

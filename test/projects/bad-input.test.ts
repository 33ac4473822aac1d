import { codeOf, OPEN, REPORT, RESOLVE, snapshot, writeFixture, type WriteFixture } from '../support/projects';
import { startScratchStack } from '../support/scratch-stack';
import type { TestStack } from '../support/stack';
import { bearer } from '../support/tokens';

/** Each bad input: a clear error with its code, and nothing written (counts and version compared straight in the database). */
let stack: TestStack;
let fixture: WriteFixture;
let editor: Record<string, string>;
let resolvedTicket: string;
beforeAll(async () => {
  stack = await startScratchStack();
  fixture = await writeFixture(stack, 3);
  editor = await bearer({ agency: fixture.own.code, subject: 'careless-editor' });
  const opened = await stack.query(OPEN, { projectId: fixture.projectId, title: 'to resolve' }, editor);
  resolvedTicket = opened.data.openTicket.id;
  await stack.query(RESOLVE, { id: resolvedTicket, resolution: 'done' }, editor);
});
afterAll(() => stack.stop());

const noLeaks = (response: object) => expect(JSON.stringify(response)).not.toMatch(/stacktrace|    at |SELECT |INSERT |projects\./);

type Case = [name: string, query: string, variables: () => Record<string, unknown>, code: string, message: RegExp, status?: number];

const report = (progress: unknown, extra: Record<string, unknown> = {}) => () => ({ projectId: fixture.projectId, progress, ...extra });

const CASES: Case[] = [
  ['progress -1', REPORT, report(-1), 'BAD_USER_INPUT', /progress.*0 to 100/],
  ['progress 101', REPORT, report(101), 'BAD_USER_INPUT', /progress.*0 to 100/],
  ['progress 100.0001', REPORT, report(100.0001), 'BAD_USER_INPUT', /progress/],
  ['progress NaN (a variable)', REPORT, report('NaN'), 'BAD_USER_INPUT', /progress|Float/, 400],
  ['progress a string', REPORT, report('fifty'), 'BAD_USER_INPUT', /progress|Float/, 400],
  ['progress null', REPORT, report(null), 'BAD_USER_INPUT', /progress/, 400],
  ['progress NaN (a literal)', `mutation { reportProgress(projectId: "1", progress: NaN) { id } }`, () => ({}), 'GRAPHQL_VALIDATION_FAILED', /Float/, 400],
  ['progress a string literal', `mutation { reportProgress(projectId: "1", progress: "50") { id } }`, () => ({}), 'GRAPHQL_VALIDATION_FAILED', /Float/, 400],
  ['a note of 2,001 characters', REPORT, report(50, { note: 'x'.repeat(2001) }), 'BAD_USER_INPUT', /note.*2,000/],
  ['a 1 MB note', REPORT, report(50, { note: 'ن'.repeat(1_000_000) }), 'PAYLOAD_TOO_LARGE', /larger than/, 413],
  ['expectedVersion 0', REPORT, report(50, { expectedVersion: 0 }), 'BAD_USER_INPUT', /expectedVersion/],
  ['an unknown project', REPORT, () => ({ projectId: '987654', progress: 50 }), 'NOT_FOUND', /no project with id "987654"/],
  ['a malformed project id', REPORT, () => ({ projectId: 'abc', progress: 50 }), 'NOT_FOUND', /no project with id "abc"/],
  ['openTicket on an unknown project', OPEN, () => ({ projectId: '987654', title: 't' }), 'NOT_FOUND', /no project/],
  ['a blank title', OPEN, () => ({ projectId: fixture.projectId, title: '   ' }), 'BAD_USER_INPUT', /title.*blank/],
  ['a title of 201 characters', OPEN, () => ({ projectId: fixture.projectId, title: 't'.repeat(201) }), 'BAD_USER_INPUT', /title.*200/],
  ['a body of 10,001 characters', OPEN, () => ({ projectId: fixture.projectId, title: 't', body: 'b'.repeat(10_001) }), 'BAD_USER_INPUT', /body.*10,000/],
  ['an unknown ticket', RESOLVE, () => ({ id: '987654', resolution: 'r' }), 'NOT_FOUND', /no ticket with id "987654"/],
  ['a blank resolution', RESOLVE, () => ({ id: resolvedTicket, resolution: '' }), 'BAD_USER_INPUT', /resolution.*blank/],
  ['resolving a resolved ticket', RESOLVE, () => ({ id: resolvedTicket, resolution: 'again' }), 'CONFLICT', /already resolved.*only an open ticket/],
];

it.each(CASES)('%s', async (_name, query, variables, code, message, status = 200) => {
  const before = await snapshot(stack, fixture.projectId);
  const response = await stack.query(query, variables(), editor);
  expect(response.status).toBe(status);
  expect(codeOf(response)).toBe(code);
  expect(response.errors![0].message).toMatch(message);
  noLeaks(response);
  expect(await snapshot(stack, fixture.projectId)).toEqual(before);
});

it('a malformed Idempotency-Key header is refused, nothing written', async () => {
  const before = await snapshot(stack, fixture.projectId);
  const response = await stack.query(REPORT, { projectId: fixture.projectId, progress: 10 }, { ...editor, 'idempotency-key': 'k'.repeat(201) });
  expect(codeOf(response)).toBe('BAD_USER_INPUT');
  expect(response.errors![0].message).toMatch(/Idempotency-Key/);
  expect(await snapshot(stack, fixture.projectId)).toEqual(before);
});

it('an expectedVersion behind the project: CONFLICT with the current version, nothing written', async () => {
  const before = await snapshot(stack, fixture.projectId);
  const response = await stack.query(REPORT, { projectId: fixture.projectId, progress: 10, expectedVersion: before.version - 1 }, editor);
  expect(codeOf(response)).toBe('CONFLICT');
  expect(response.errors![0].extensions).toMatchObject({ currentVersion: before.version });
  expect(await snapshot(stack, fixture.projectId)).toEqual(before);
});

it('the edges of the range are accepted: 0 and 100, and a note of exactly 2,000 characters', async () => {
  for (const progress of [0, 100]) {
    const response = await stack.query(REPORT, { projectId: fixture.projectId, progress, note: 'n'.repeat(2000) }, editor);
    expect(response.errors).toBeUndefined();
    expect(response.data.reportProgress.progress).toBe(progress);
  }
  const project = await stack.query(`query($id: ID!) { project(id: $id) { progress status } }`, { id: fixture.projectId });
  expect(project.data.project).toEqual({ progress: 100, status: 'COMPLETED' });
});

import { codeOf, REPORT, snapshot, writeFixture, type WriteFixture } from '../support/projects';
import { startScratchStack } from '../support/scratch-stack';
import type { TestStack } from '../support/stack';
import { bearer } from '../support/tokens';

/** No lost updates, no double writes, no half-writes: on a database of this file's own. */
let stack: TestStack;
let fixture: WriteFixture;
let editor: Record<string, string>;
beforeAll(async () => {
  stack = await startScratchStack();
  fixture = await writeFixture(stack, 2);
  editor = await bearer({ agency: fixture.own.code, subject: 'concurrent-editor' });
});
afterAll(() => stack.stop());

const auditOf = async (projectId: string) =>
  (await stack.subgraphs.projects.dataSource.query(`SELECT action, after FROM projects.audit_log WHERE project_id = $1 ORDER BY id`, [Number(projectId)])) as {
    action: string;
    after: any;
  }[];

describe('optimistic concurrency', () => {
  it('50 concurrent reportProgress with the same expectedVersion: exactly one succeeds, 49 get CONFLICT with the current version', async () => {
    const before = await snapshot(stack, fixture.projectId);
    const auditBefore = await auditOf(fixture.projectId);
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        stack.query(REPORT, { projectId: fixture.projectId, progress: i + 1, note: `racer ${i}`, expectedVersion: before.version }, editor),
      ),
    );
    const winners = responses.filter((response) => !response.errors);
    const losers = responses.filter((response) => response.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(49);
    for (const loser of losers) {
      expect(codeOf(loser)).toBe('CONFLICT');
      expect(loser.errors![0].extensions).toMatchObject({ currentVersion: before.version + 1, expectedVersion: before.version });
      expect(loser.errors![0].message).toMatch(/version/);
    }
    const after = await snapshot(stack, fixture.projectId);
    expect(after).toMatchObject({ version: before.version + 1, reports: before.reports + 1, audit: before.audit + 1 });
    const audit = await auditOf(fixture.projectId);
    expect(audit).toHaveLength(auditBefore.length + 1);
    expect(audit.at(-1)!.after.report.progress).toBe(winners[0].data.reportProgress.progress);
  });

  it('without expectedVersion, 20 concurrent writes all land, each bumping the version once', async () => {
    const before = await snapshot(stack, fixture.projectId);
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => stack.query(REPORT, { projectId: fixture.projectId, progress: 50 + i }, editor)),
    );
    expect(responses.every((response) => !response.errors)).toBe(true);
    const after = await snapshot(stack, fixture.projectId);
    expect(after).toMatchObject({ version: before.version + 20, reports: before.reports + 20, audit: before.audit + 20 });
    const versions = (await auditOf(fixture.projectId)).slice(-20).map((entry) => entry.after.project.version);
    expect(new Set(versions).size).toBe(20);
  });
});

describe('Idempotency-Key', () => {
  it('the same key twice: one report, the first result returned again', async () => {
    const before = await snapshot(stack, fixture.projectId);
    const headers = { ...editor, 'idempotency-key': 'retry-1' };
    const variables = { projectId: fixture.projectId, progress: 71, note: 'once' };
    const first = await stack.query(REPORT, variables, headers);
    const second = await stack.query(REPORT, variables, headers);
    expect(first.errors).toBeUndefined();
    expect(second).toEqual(first);
    expect(await snapshot(stack, fixture.projectId)).toMatchObject({ version: before.version + 1, reports: before.reports + 1, audit: before.audit + 1 });
  });

  it('ten concurrent retries with one key: one report, ten identical answers', async () => {
    const before = await snapshot(stack, fixture.projectId);
    const headers = { ...editor, 'idempotency-key': 'burst-1' };
    const responses = await Promise.all(Array.from({ length: 10 }, () => stack.query(REPORT, { projectId: fixture.projectId, progress: 72 }, headers)));
    expect(responses.every((response) => !response.errors)).toBe(true);
    expect(new Set(responses.map((response) => response.data.reportProgress.id)).size).toBe(1);
    expect(await snapshot(stack, fixture.projectId)).toMatchObject({ version: before.version + 1, reports: before.reports + 1 });
  });

  it('keys are per caller: another subject with the same key writes its own report', async () => {
    const variables = { projectId: fixture.projectId, progress: 73 };
    const mine = await stack.query(REPORT, variables, { ...editor, 'idempotency-key': 'shared-key' });
    const theirs = await stack.query(REPORT, variables, { ...(await bearer({ agency: fixture.own.code, subject: 'someone-else' })), 'idempotency-key': 'shared-key' });
    expect(mine.data.reportProgress.id).not.toBe(theirs.data.reportProgress.id);
    expect(theirs.data.reportProgress.reportedBy).toBe('someone-else');
  });

  it('the same key with other arguments is refused, nothing written', async () => {
    const headers = { ...editor, 'idempotency-key': 'retry-2' };
    await stack.query(REPORT, { projectId: fixture.projectId, progress: 74 }, headers);
    const before = await snapshot(stack, fixture.projectId);
    const reused = await stack.query(REPORT, { projectId: fixture.projectId, progress: 75 }, headers);
    expect(codeOf(reused)).toBe('BAD_USER_INPUT');
    expect(reused.errors![0].message).toMatch(/Idempotency-Key/);
    expect(await snapshot(stack, fixture.projectId)).toEqual(before);
  });

  it('a replay is authorised like a first call: the same subject, now of an agency outside the project, gets FORBIDDEN, not the stored result', async () => {
    const variables = { projectId: fixture.projectId, progress: 77, note: 'before the move' };
    const first = await stack.query(REPORT, variables, { ...(await bearer({ agency: fixture.own.code, subject: 'moved-editor' })), 'idempotency-key': 'moved' });
    expect(first.errors).toBeUndefined();
    const before = await snapshot(stack, fixture.projectId);
    const replay = await stack.query(REPORT, variables, { ...(await bearer({ agency: fixture.other.code, subject: 'moved-editor' })), 'idempotency-key': 'moved' });
    expect(codeOf(replay)).toBe('FORBIDDEN');
    expect(replay.data?.reportProgress ?? null).toBeNull();
    expect(await snapshot(stack, fixture.projectId)).toEqual(before);
  });

  it('a key older than 24 hours no longer replays', async () => {
    const headers = { ...editor, 'idempotency-key': 'yesterday' };
    const variables = { projectId: fixture.projectId, progress: 76 };
    const first = await stack.query(REPORT, variables, headers);
    await stack.subgraphs.projects.dataSource.query(
      `UPDATE projects.idempotency_key SET created_at = now() - interval '25 hours' WHERE key = 'yesterday'`,
    );
    const later = await stack.query(REPORT, variables, headers);
    expect(later.data.reportProgress.id).not.toBe(first.data.reportProgress.id);
  });
});

describe('a write that fails half-way', () => {
  it('leaves nothing behind when the audit insert violates a constraint, and its retry then succeeds', async () => {
    const db = stack.subgraphs.projects.dataSource;
    await db.query(`ALTER TABLE projects.audit_log ADD CONSTRAINT test_refuses_reports CHECK (action <> 'REPORT_PROGRESS') NOT VALID`);
    const headers = { ...editor, 'idempotency-key': 'half-way' };
    const variables = { projectId: fixture.projectId, progress: 88, note: 'doomed' };
    const before = await snapshot(stack, fixture.projectId);
    try {
      const failed = await stack.query(REPORT, variables, headers);
      expect(codeOf(failed)).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(failed)).not.toMatch(/audit_log|constraint|INSERT/);
      // the report inserted, the version bumped and the key claimed before the audit insert: all rolled back
      expect(await snapshot(stack, fixture.projectId)).toEqual(before);
      const [doomed] = await db.query(`SELECT count(*)::int AS n FROM projects.progress_report WHERE note = 'doomed'`);
      expect(doomed.n).toBe(0);
    } finally {
      await db.query(`ALTER TABLE projects.audit_log DROP CONSTRAINT test_refuses_reports`);
    }
    const retried = await stack.query(REPORT, variables, headers);
    expect(retried.errors).toBeUndefined();
    expect(await snapshot(stack, fixture.projectId)).toMatchObject({ version: before.version + 1, reports: before.reports + 1, audit: before.audit + 1 });
  });
});

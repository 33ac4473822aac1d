import type { EntitySubscriberInterface, QueryRunner } from 'typeorm';
import type { AfterQueryEvent } from 'typeorm/subscriber/event/QueryEvent';
import { Client } from 'pg';
import { codeOf, REPORT, snapshot, writeFixture, type WriteFixture } from '../support/projects';
import { startScratchStack } from '../support/scratch-stack';
import type { TestStack } from '../support/stack';
import { bearer } from '../support/tokens';

/**
 * PostgreSQL terminates a write's connection between two statements of its transaction: TypeORM's
 * query runner releases itself, and the next statement throws an error with no SQLSTATE. The
 * client must get SERVICE_UNAVAILABLE (nothing stored, retry), never INTERNAL_SERVER_ERROR.
 */
let stack: TestStack;
let fixture: WriteFixture;
let editor: Record<string, string>;
let admin: Client;
beforeAll(async () => {
  stack = await startScratchStack();
  fixture = await writeFixture(stack, 3);
  editor = await bearer({ agency: fixture.own.code, subject: 'terminated-editor' });
  admin = new Client({ connectionString: stack.databaseUrl });
  await admin.connect();
});
afterAll(async () => {
  await admin.end();
  await stack.stop();
});

/** Once: right after the statement matching `after` completes, the backend of its connection is terminated from another connection. */
function terminateAfter(after: RegExp): { terminated: Promise<number> } {
  const subscribers = stack.subgraphs.projects.dataSource.subscribers;
  let resolve!: (pid: number) => void;
  const terminated = new Promise<number>((done) => (resolve = done));
  const subscriber: EntitySubscriberInterface = {
    // TypeORM awaits this before the statement's caller goes on: the next statement starts only after the termination.
    async afterQuery(event: AfterQueryEvent) {
      if (!event.success || !after.test(event.query)) return;
      subscribers.splice(subscribers.indexOf(subscriber), 1);
      const runner = event.queryRunner as QueryRunner & { databaseConnection: Client & { processID: number } };
      const pid = runner.databaseConnection.processID;
      const gone = new Promise<void>((done) => runner.databaseConnection.once('error', () => done()));
      await admin.query('SELECT pg_terminate_backend($1)', [pid]);
      await gone;
      // pg notifies the query runner on the same 'error' event; let it release itself first.
      await new Promise((done) => setImmediate(done));
      expect(runner.isReleased).toBe(true);
      resolve(pid);
    },
  };
  subscribers.push(subscriber);
  return { terminated };
}

it.each([
  ['after the version bump', /^\s*UPDATE projects\.project SET version/],
  ['after the idempotency claim', /^\s*INSERT INTO projects\.idempotency_key/],
  ['after the report is inserted', /^\s*INSERT INTO projects\.progress_report/],
])('a connection terminated %s: SERVICE_UNAVAILABLE, nothing stored, and the retry with the same key lands once', async (_case, after) => {
  const before = await snapshot(stack, fixture.projectId);
  const key = { 'idempotency-key': `terminated-${before.version}` };
  const { terminated } = terminateAfter(after);
  const variables = { projectId: fixture.projectId, progress: 33, note: 'terminated mid-write', expectedVersion: before.version };
  const response = await stack.query(REPORT, variables, { ...editor, ...key });
  expect(await terminated).toEqual(expect.any(Number));
  expect(codeOf(response)).toBe('SERVICE_UNAVAILABLE');
  expect(response.errors![0].message).toBe('The database is unavailable; try again shortly');
  expect(await snapshot(stack, fixture.projectId)).toEqual(before);

  const retry = await stack.query(REPORT, variables, { ...editor, ...key });
  expect(retry.errors).toBeUndefined();
  expect(await snapshot(stack, fixture.projectId)).toMatchObject({ version: before.version + 1, reports: before.reports + 1, audit: before.audit + 1, keys: before.keys + 1 });
});

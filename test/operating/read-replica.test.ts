import { seed } from '../../seeds/load';
import { createScratchDatabase } from '../support/database';
import { scrape, total } from '../support/prometheus';
import { REPORT } from '../support/projects';
import { startTestStack, testDatabaseUrl, type TestStack } from '../support/stack';
import { bearer } from '../support/tokens';

/** DATABASE_READ_URL names the same server here (a second URL, its own pool): where each statement went shows in the metrics. */
let database: Awaited<ReturnType<typeof createScratchDatabase>>;
let stack: TestStack;
beforeAll(async () => {
  database = await createScratchDatabase(testDatabaseUrl(), 'panjare_read_replica');
  await seed({ databaseUrl: database.url, scale: 1, mode: 'force' });
  stack = await startTestStack({ DATABASE_READ_URL: database.url }, database.url);
}, 120_000);
afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

const statements = async (name: 'catalogue' | 'projects', pool: string) =>
  total(await scrape(stack.subgraphs[name].internalUrl), 'panjare_sql_statements_total', { pool });

it('reads go through the read pool, none through the primary', async () => {
  const [readBefore, primaryBefore] = [await statements('catalogue', 'read'), await statements('catalogue', 'primary')];
  const response = await stack.query(`{ agencies(first: 3) { edges { node { id services(first: 2) { totalCount } } } } catalogueStats { agencies } }`);
  expect(response.errors).toBeUndefined();
  expect((await statements('catalogue', 'read')) - readBefore).toBeGreaterThanOrEqual(2);
  expect((await statements('catalogue', 'primary')) - primaryBefore).toBe(0);
  // The read pool's connections show up in PostgreSQL under their own application name.
  const rows: { application_name: string }[] = await stack.subgraphs.catalogue.dataSource.query(
    `SELECT DISTINCT application_name FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE 'panjare-catalogue%'`,
  );
  expect(rows.map((row) => row.application_name).sort()).toEqual(['panjare-catalogue', 'panjare-catalogue-read']);
});

it('a write goes through the primary; its result is read back', async () => {
  const project = (await stack.query(`{ projectByNumber(number: 4) { id progress } }`)).data.projectByNumber;
  const primaryBefore = await statements('projects', 'primary');
  const progress = project.progress >= 99 ? project.progress - 1 : project.progress + 1;
  const written = await stack.query(REPORT, { projectId: project.id, progress }, await bearer({ roles: ['admin'] }));
  expect(written.errors).toBeUndefined();
  expect((await statements('projects', 'primary')) - primaryBefore).toBeGreaterThanOrEqual(3);
  expect((await stack.query(`{ projectByNumber(number: 4) { progress } }`)).data.projectByNumber.progress).toBe(progress);
});

it('/ready checks the read replica too', async () => {
  const ready = await fetch(`${stack.subgraphs.catalogue.internalUrl}/ready`).then((r) => r.json() as Promise<any>);
  expect(ready).toMatchObject({ status: 'ready', checks: { database: 'ok', readReplica: 'ok' } });
});

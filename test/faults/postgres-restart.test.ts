import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../lib/database/embedded';
import { startStack, type Stack } from '../../scripts/stack';
import { startChild, type Child } from '../support/child';
import { originOf } from '../support/gateway';
import { post, testConfig } from '../support/stack';

/**
 * A PostgreSQL of this test's own (the shared test database is never stopped), stopped and
 * started again under running subgraphs: during the outage requests fail fast with
 * SERVICE_UNAVAILABLE; afterwards the same subgraph processes answer again.
 */
const QUERY = '{ catalogueStats { services agencies } inquiryStats { inquiries } projects { number } }';
let dir: string;
let port: number;
let postgres: Child;
let url: string;
let stack: Stack;

const start = async () => {
  const child = await startChild('test/support/postgres-process.ts', {}, /postgres ready (\S+)/, 90_000, [join(dir, 'data'), String(port), 'panjare_faults']);
  url = child.match[1];
  return child;
};
const stop = async () => {
  postgres.process.kill('SIGINT');
  expect(await postgres.exited).toBe(0);
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'panjare-pg-restart-'));
  chmodSync(dir, 0o755); // as root, PostgreSQL runs as "postgres" and must enter it
  port = await freePort();
  postgres = await start();
  const config = testConfig();
  stack = await startStack(config, url, { gateway: 0, catalogue: 0, inquiries: 0, projects: 0 });
  // One agency, so the answers carry data from this database.
  await stack.subgraphs.catalogue.dataSource.query(
    `INSERT INTO catalogue.agency (id, code, name_fa, name_key, search_text, inside_government, window_connection, generated)
     VALUES (1, 'A1', 'آزمون', 'ازمون', 'ازمون', true, 'CONNECTED', false)`,
  );
}, 120_000);
afterAll(async () => {
  await stack?.stop();
  if (postgres && postgres.process.exitCode === null) await stop();
  rmSync(dir, { recursive: true, force: true });
});

it('fails fast with SERVICE_UNAVAILABLE while PostgreSQL is down, and recovers without restarting the subgraphs', async () => {
  const before = await post(stack.gateway.url, QUERY);
  expect(before.errors).toBeUndefined();
  expect(before.data.catalogueStats.agencies).toBe(1);
  const expected = before.data;

  await stop();

  const during = await post(stack.gateway.url, QUERY);
  expect(during.status).toBe(200);
  expect(during.data).toBeNull();
  expect(during.errors!.length).toBeGreaterThan(0);
  for (const error of during.errors!) {
    expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(error.message).toBe('The database is unavailable; try again shortly');
  }
  expect(JSON.stringify(during)).not.toMatch(/ECONNREFUSED|57P01|terminat|127\.0\.0\.1|stack/i);

  const direct = await post(stack.subgraphs.catalogue.url, '{ catalogueStats { services } }');
  expect(direct.errors![0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });

  const ready = await fetch(`${stack.subgraphs.inquiries.internalUrl}/ready`);
  expect(ready.status).toBe(503);
  expect(await ready.json()).toMatchObject({ status: 'unavailable', service: 'inquiries', failing: ['database'], checks: { database: 'unavailable: the database does not answer' } });
  expect((await fetch(`${originOf(stack.subgraphs.inquiries.url)}/health`)).status).toBe(200);

  postgres = await start();

  const after = await post(stack.gateway.url, QUERY);
  expect(after.errors).toBeUndefined();
  expect(after.data).toEqual(expected);
  for (const name of ['catalogue', 'inquiries', 'projects'] as const) {
    expect((await fetch(`${stack.subgraphs[name].internalUrl}/ready`)).status).toBe(200);
  }
}, 120_000);

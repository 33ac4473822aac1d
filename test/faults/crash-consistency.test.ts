import { Client } from 'pg';
import { freePort } from '../../lib/database/embedded';
import type { RunningServer } from '../../lib/http/server';
import { startGateway } from '../../gateway/gateway';
import { seed } from '../../seeds/load';
import { catalogue } from '../../subgraphs/catalogue';
import { inquiries } from '../../subgraphs/inquiries';
import { startSubgraph } from '../../subgraphs/common/subgraph';
import { startChild, type Child } from '../support/child';
import { createScratchDatabase, type TestDatabase } from '../support/database';
import { OPEN, REPORT, RESOLVE } from '../support/projects';
import { post, testConfig, testDatabaseUrl, type GraphQLResponse } from '../support/stack';
import { bearer } from '../support/tokens';

/**
 * Writers through a real gateway while the projects subgraph (its own process) is killed with SIGKILL
 * and restarted, twice; then the invariants, checked in PostgreSQL. A write the client saw succeed is
 * stored once; one it saw fail for certain (CONFLICT…) is not stored; one whose answer it never got
 * (SUBGRAPH_UNAVAILABLE, SUBGRAPH_TIMEOUT, SERVICE_UNAVAILABLE) may be either, and a retry with its
 * Idempotency-Key settles it without writing twice.
 */
const PROJECTS = ['6', '7'];
const WRITERS = 6;
/** Codes that prove the write did not happen; anything else but success leaves the outcome unknown. */
const DEFINITE = new Set(['CONFLICT', 'BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED']);

let database: TestDatabase;
let db: Client;
let projectsPort: number;
let projectsProcess: Child;
let gateway: RunningServer;
const servers: RunningServer[] = [];

const startProjects = () =>
  startChild('subgraphs/projects/index.ts', { DATABASE_URL: database.url, PROJECTS_PORT: String(projectsPort), HOST: '127.0.0.1', LOG_LEVEL: 'info' }, /projects subgraph ready at/);
const kill = async () => {
  projectsProcess.process.kill('SIGKILL');
  await projectsProcess.exited;
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  database = await createScratchDatabase(testDatabaseUrl(), 'panjare_crash');
  await seed({ databaseUrl: database.url, scale: 1, mode: 'force' });
  db = new Client({ connectionString: database.url });
  await db.connect();
  projectsPort = await freePort();
  projectsProcess = await startProjects();
  // A gateway that gives up on a subgraph fetch after 1 s, so a write held up longer times out (see the last test).
  const config = testConfig({ SUBGRAPH_TIMEOUT_MS: '1000' });
  const options = { config, databaseUrl: database.url, port: 0 };
  servers.push(await startSubgraph(catalogue, options), await startSubgraph(inquiries, options));
  gateway = await startGateway({ config, port: 0, urls: { catalogue: servers[0]!.url, inquiries: servers[1]!.url, projects: `http://127.0.0.1:${projectsPort}/graphql` } });
  servers.unshift(gateway);
}, 120_000);
afterAll(async () => {
  projectsProcess?.process.kill('SIGKILL');
  for (const server of servers) await server.stop();
  await db?.end();
  await database?.drop();
});

type Outcome = { kind: 'success'; id: string } | { kind: 'failure' | 'unknown'; code: string };

function outcomeOf(response: GraphQLResponse, field: string): Outcome {
  const id = response.data?.[field]?.id;
  if (id && !response.errors) return { kind: 'success', id };
  const code = String(response.errors?.[0]?.extensions?.code ?? `HTTP ${response.status}`);
  return { kind: DEFINITE.has(code) ? 'failure' : 'unknown', code };
}

interface Write {
  kind: 'keyed report' | 'versioned report' | 'plain report' | 'keyed ticket' | 'keyed resolution';
  /** Unique text carried by the write (note, title or resolution), to find it in the database. */
  marker: string;
  key?: string;
  /** The ticket a resolution resolves. */
  ticketId?: string;
  outcome: Outcome;
  attempts: number;
}

const baseline = async () => {
  const [row] = (
    await db.query(`SELECT (SELECT coalesce(max(id), 0) FROM projects.progress_report) AS reports, (SELECT coalesce(max(id), 0) FROM projects.ticket) AS tickets,
                           (SELECT coalesce(max(id), 0) FROM projects.audit_log) AS audit, (SELECT json_object_agg(id, version) FROM projects.project) AS versions`)
  ).rows;
  return row as { reports: number; tickets: number; audit: number; versions: Record<string, number> };
};

it('writers while the projects subgraph is killed and restarted twice: every invariant holds in PostgreSQL', async () => {
  const before = await baseline();
  const writes: Write[] = [];
  const openTickets: string[] = [];
  let stopping = false;

  /** Sends a write, retrying with the same key (when it has one) while its outcome is unknown. */
  const attempt = async (write: Write, query: string, variables: Record<string, unknown>, field: string, headers: Record<string, string>) => {
    for (;;) {
      write.attempts += 1;
      write.outcome = outcomeOf(await post(gateway.url, query, variables, write.key ? { ...headers, 'idempotency-key': write.key } : headers), field);
      if (write.outcome.kind !== 'unknown' || !write.key || write.attempts >= 200) return;
      await sleep(50);
    }
  };

  const writer = async (w: number) => {
    const headers = await bearer({ roles: ['admin'], subject: `crash-writer-${w}` });
    for (let n = 0; !stopping; n++) {
      const marker = `cc-${w}-${n}`;
      const projectId = PROJECTS[n % PROJECTS.length]!;
      const kinds: Write['kind'][] = ['keyed report', 'versioned report', 'plain report', 'keyed ticket', 'keyed resolution'];
      const kind = kinds[(w + n) % kinds.length]!;
      const write: Write = { kind, marker, outcome: { kind: 'unknown', code: 'not sent' }, attempts: 0, ...(kind.startsWith('keyed') ? { key: marker } : {}) };
      if (kind === 'keyed report' || kind === 'plain report') {
        await attempt(write, REPORT, { projectId, progress: n % 101, note: marker }, 'reportProgress', headers);
      } else if (kind === 'versioned report') {
        const read = await post(gateway.url, 'query($id: ID!) { project(id: $id) { version } }', { id: projectId });
        const version = read.data?.project?.version;
        if (typeof version !== 'number') {
          await sleep(20);
          continue;
        }
        await attempt(write, REPORT, { projectId, progress: n % 101, note: marker, expectedVersion: version }, 'reportProgress', headers);
      } else if (kind === 'keyed ticket') {
        await attempt(write, OPEN, { projectId, title: marker }, 'openTicket', headers);
        if (write.outcome.kind === 'success') openTickets.push(write.outcome.id);
      } else {
        // Two writers may pick the same ticket: one resolves it, the other gets CONFLICT.
        write.ticketId = openTickets[(w * 7 + n) % Math.max(1, openTickets.length)];
        if (!write.ticketId) continue;
        await attempt(write, RESOLVE, { id: write.ticketId, resolution: marker }, 'resolveTicket', headers);
      }
      writes.push(write);
      await sleep(5);
    }
  };

  const running = Array.from({ length: WRITERS }, (_, w) => writer(w));
  for (let round = 0; round < 2; round++) {
    await sleep(1500);
    await kill();
    await sleep(300);
    projectsProcess = await startProjects();
  }
  await sleep(1500);
  stopping = true;
  await Promise.all(running);

  // What the clients saw.
  const count = (kind: Outcome['kind']) => writes.filter((write) => write.outcome.kind === kind).length;
  const retried = writes.filter((write) => write.key && write.attempts > 1).length;
  const codes = (kind: Outcome['kind']) => [...new Set(writes.flatMap((write) => (write.outcome.kind === kind && 'code' in write.outcome ? [write.outcome.code] : [])))].join(', ');
  console.log(
    `crash consistency: ${writes.length} writes by ${WRITERS} writers, 2 kills: ${count('success')} succeeded, ${count('failure')} failed for certain (${codes('failure')}), ` +
      `${count('unknown')} unknown (${codes('unknown')}); ${retried} keyed writes retried with their key`,
  );
  expect(count('success')).toBeGreaterThan(0);
  expect(writes.some((write) => write.attempts > 1 || write.outcome.kind === 'unknown')).toBe(true); // the kills were felt
  expect(writes.filter((write) => write.key && write.outcome.kind === 'unknown')).toEqual([]); // every keyed write settled once the subgraph was back

  // Version = versions before + one per audit entry since.
  const { rows: versions } = await db.query(
    `SELECT p.id, p.version, (SELECT count(*)::int FROM projects.audit_log a WHERE a.project_id = p.id AND a.id > $1) AS audited FROM projects.project p`,
    [before.audit],
  );
  for (const row of versions) expect({ id: row.id, version: row.version }).toEqual({ id: row.id, version: before.versions[row.id]! + row.audited });

  // The audit is one-to-one with the reports, tickets and resolutions written since; no ticket is resolved twice.
  const { rows: [audit] } = await db.query(
    `SELECT
       (SELECT count(*)::int FROM projects.progress_report r WHERE r.id > $1
          AND (SELECT count(*) FROM projects.audit_log a WHERE a.id > $3 AND a.action = 'REPORT_PROGRESS' AND a.target_id = r.id) <> 1) AS "reportsNotAuditedOnce",
       (SELECT count(*)::int FROM projects.audit_log a WHERE a.id > $3 AND a.action = 'REPORT_PROGRESS'
          AND NOT EXISTS (SELECT 1 FROM projects.progress_report r WHERE r.id = a.target_id AND r.id > $1)) AS "reportAuditsWithoutReport",
       (SELECT count(*)::int FROM projects.ticket t WHERE t.id > $2
          AND (SELECT count(*) FROM projects.audit_log a WHERE a.id > $3 AND a.action = 'OPEN_TICKET' AND a.target_id = t.id) <> 1) AS "ticketsNotAuditedOnce",
       (SELECT count(*)::int FROM projects.audit_log a WHERE a.id > $3 AND a.action = 'OPEN_TICKET'
          AND NOT EXISTS (SELECT 1 FROM projects.ticket t WHERE t.id = a.target_id AND t.id > $2)) AS "ticketAuditsWithoutTicket",
       (SELECT count(*)::int FROM projects.ticket t WHERE t.resolution LIKE 'cc-%'
          AND (SELECT count(*) FROM projects.audit_log a WHERE a.id > $3 AND a.action = 'RESOLVE_TICKET' AND a.target_id = t.id) <> 1) AS "resolutionsNotAuditedOnce",
       (SELECT count(*)::int FROM (SELECT target_id FROM projects.audit_log WHERE id > $3 AND action = 'RESOLVE_TICKET' GROUP BY target_id HAVING count(*) > 1) twice) AS "ticketsResolvedTwice",
       (SELECT count(*)::int FROM projects.audit_log a WHERE a.id > $3 AND a.action = 'RESOLVE_TICKET'
          AND NOT EXISTS (SELECT 1 FROM projects.ticket t WHERE t.id = a.target_id AND t.status = 'RESOLVED' AND t.resolution LIKE 'cc-%')) AS "resolutionAuditsWithoutResolution"`,
    [before.reports, before.tickets, before.audit],
  );
  expect(audit).toEqual({
    reportsNotAuditedOnce: 0,
    reportAuditsWithoutReport: 0,
    ticketsNotAuditedOnce: 0,
    ticketAuditsWithoutTicket: 0,
    resolutionsNotAuditedOnce: 0,
    ticketsResolvedTwice: 0,
    resolutionAuditsWithoutResolution: 0,
  });

  // Where each write's marker landed: at most once each (one write per key, no double write on a retry).
  const { rows: stored } = await db.query(
    `SELECT 'report' AS kind, id::text, note AS marker FROM projects.progress_report WHERE note LIKE 'cc-%'
     UNION ALL SELECT 'ticket', id::text, title FROM projects.ticket WHERE title LIKE 'cc-%'
     UNION ALL SELECT 'resolution', id::text, resolution FROM projects.ticket WHERE resolution LIKE 'cc-%'`,
  );
  const where = new Map<string, string[]>();
  for (const row of stored) where.set(row.marker, [...(where.get(row.marker) ?? []), row.id]);
  expect([...where].filter(([, ids]) => ids.length > 1)).toEqual([]);

  const unknown = writes.filter((write) => write.outcome.kind === 'unknown');
  console.log(`of the ${unknown.length} unknown outcomes, ${unknown.filter((write) => where.has(write.marker)).length} were stored, ${unknown.filter((write) => !where.has(write.marker)).length} not`);
  for (const write of writes) {
    const ids = where.get(write.marker) ?? [];
    // Every success the client saw is stored, as the record it was told of.
    if (write.outcome.kind === 'success') expect({ marker: write.marker, ids }).toEqual({ marker: write.marker, ids: [write.kind === 'keyed resolution' ? write.ticketId : write.outcome.id] });
    // No definite failure is stored.
    if (write.outcome.kind === 'failure') expect({ marker: write.marker, ids }).toEqual({ marker: write.marker, ids: [] });
  }

  // One stored key per keyed write that landed, holding that write's result.
  const { rows: keys } = await db.query(`SELECT key, result->>'id' AS id FROM projects.idempotency_key WHERE key LIKE 'cc-%'`);
  const landed = writes.filter((write) => write.key && write.outcome.kind === 'success');
  expect(keys).toHaveLength(landed.length);
  for (const key of keys) {
    const write = landed.find((candidate) => candidate.key === key.key)!;
    expect(write.outcome).toEqual({ kind: 'success', id: key.id });
  }
}, 240_000);

it('a write slower than the gateway’s subgraph timeout, retried with the same key, is written once and the retry gets its result', async () => {
  const before = await baseline();
  const headers = { ...(await bearer({ roles: ['admin'], subject: 'slow-writer' })), 'idempotency-key': 'slow-1' };
  const variables = { projectId: PROJECTS[0], progress: 42, note: 'slow write' };
  // Another transaction holds the project's row: the write waits on it (after claiming its key) past the gateway's 1 s.
  const holder = new Client({ connectionString: database.url });
  await holder.connect();
  try {
    await holder.query('BEGIN');
    await holder.query('SELECT 1 FROM projects.project WHERE id = $1 FOR UPDATE', [Number(PROJECTS[0])]);
    const first = await post(gateway.url, REPORT, variables, headers);
    expect(first.errors![0].extensions).toMatchObject({ code: 'SUBGRAPH_TIMEOUT', serviceName: 'projects' });

    // The retry arrives while the first write still runs: it waits on the first one's key, then returns its result.
    const retry = post(gateway.url, REPORT, variables, headers);
    await sleep(200);
    await holder.query('ROLLBACK');
    const retried = await retry;
    expect(retried.errors).toBeUndefined();

    const again = await post(gateway.url, REPORT, variables, headers);
    expect(again.data).toEqual(retried.data);
    const { rows } = await db.query(`SELECT id::text FROM projects.progress_report WHERE note = 'slow write'`);
    expect(rows).toEqual([{ id: retried.data.reportProgress.id }]);
    const after = await baseline();
    expect(after.versions[PROJECTS[0]!]).toBe(before.versions[PROJECTS[0]!]! + 1);
    expect(after.audit - before.audit).toBe(1);
  } finally {
    await holder.end();
  }
});

import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { derivedDrift, DERIVED_TABLES, maintainAfterChannelChange } from '../../subgraphs/inquiries/derived-queries';
import { codeOf } from '../support/projects';
import { startScratchStack } from '../support/scratch-stack';
import type { TestStack } from '../support/stack';
import { bearer } from '../support/tokens';

/**
 * Digitising paper inquiries through the gateway, on a database of this file's own, with the
 * gateway's response and entity caches on: a write must show in the very next read.
 */
let stack: TestStack;
beforeAll(async () => {
  stack = await startScratchStack({ RESPONSE_CACHE: 'true', ENTITY_CACHE: 'true' });
});
afterAll(() => stack.stop());

const SET_CHANNEL = `mutation($id: ID!, $channel: InquiryChannel!, $expectedVersion: Int) {
  setInquiryChannel(id: $id, channel: $channel, expectedVersion: $expectedVersion) { id channel electronic version updatedAt }
}`;

const FEED = `query($after: String, $first: Int) {
  inquiryChanges(first: $first, after: $after) {
    edges { cursor node { id action inquiry { id channel } generated } }
    pageInfo { endCursor hasNextPage }
  }
}`;

interface PaperInquiry {
  id: string;
  version: number;
  provider: { id: string; code: string };
  neededBy: { edges: { node: { id: string; agency: { id: string } } }[] };
}

/** Paper inquiries that some service needs, with a service needing each and its agency. */
async function paperInquiries(count: number): Promise<PaperInquiry[]> {
  const found: PaperInquiry[] = [];
  let after: string | null = null;
  while (found.length < count) {
    const data: any = await stack.ok(
      `query($after: String) { inquiries(first: 100, after: $after, filter: { channel: PAPER }) {
        edges { node { id version neededByCount provider { id code } neededBy(first: 1) { edges { node { id agency { id } } } } } }
        pageInfo { endCursor hasNextPage } } }`,
      { after },
    );
    found.push(...data.inquiries.edges.map((edge: any) => edge.node).filter((node: any) => node.neededByCount > 0));
    if (!data.inquiries.pageInfo.hasNextPage) break;
    after = data.inquiries.pageInfo.endCursor;
  }
  return found.slice(0, count);
}

/** Everything the digitisation should move, in one read through the gateway. */
async function figures(inquiry: PaperInquiry) {
  const service = inquiry.neededBy.edges[0]!.node;
  const data: any = await stack.ok(
    `query($service: ID!, $consumer: ID!, $inquiry: ID!) {
      service(id: $service) { paperInquiryCount paperInquiries { id } }
      paperInquiryReport(first: 0) { paperLinks links }
      agency(id: $consumer) { dependsOn(first: 100) { edges { node { provider { id } paperLinks } } } }
      inquiryStats { links paperShare }
      inquiryChannelTrend(interval: MONTH) { period links paperLinks nixLinks paperShare }
      inquiry(id: $inquiry) { channel version history(first: 100) { totalCount edges { node { action generated subject before after } } } }
      digitisationPlan(first: 1) { candidateCount }
    }`,
    { service: service.id, consumer: service.agency.id, inquiry: inquiry.id },
  );
  const edge = data.agency.dependsOn.edges.find((e: any) => e.node.provider.id === inquiry.provider.id);
  return {
    servicePaper: data.service.paperInquiryCount as number,
    servicePaperIds: data.service.paperInquiries.map((i: any) => i.id) as string[],
    reportPaper: data.paperInquiryReport.paperLinks as number,
    networkPaper: edge.node.paperLinks as number,
    stats: data.inquiryStats,
    trend: data.inquiryChannelTrend.at(-1),
    inquiry: data.inquiry,
    planCandidates: data.digitisationPlan.candidateCount as number,
  };
}

/** Every derived table holds exactly its definition's rows: what a full rebuild would write. */
const NO_DRIFT = Object.fromEntries(DERIVED_TABLES.map((table) => [table.name, 0]));
const drift = () => derivedDrift(stack.subgraphs.inquiries.dataSource);

const changeRows = (inquiryId: string) =>
  stack.subgraphs.inquiries.dataSource.query(`SELECT action, subject, before, after FROM inquiries.change WHERE inquiry_id = $1 AND NOT generated`, [Number(inquiryId)]);

describe('digitising a paper inquiry', () => {
  let target: PaperInquiry;
  let links: number;
  beforeAll(async () => {
    [target] = await paperInquiries(1);
    links = (await stack.ok(`query($id: ID!) { inquiry(id: $id) { neededByCount } }`, { id: target!.id })).inquiry.neededByCount;
  });

  it('the trend ends where the figures stand', async () => {
    const before = await figures(target);
    expect(before.trend.links).toBe(before.stats.links);
    expect(before.trend.paperShare).toBeCloseTo(before.stats.paperShare, 12);
    expect(before.trend.paperLinks).toBe(before.reportPaper);
  });

  it("another agency's editor gets FORBIDDEN and nothing is written", async () => {
    const other = await bearer({ agency: target.provider.code === 'AG-001' ? 'AG-002' : 'AG-001', subject: 'outsider' });
    const response = await stack.query(SET_CHANNEL, { id: target.id, channel: 'NIX' }, other);
    expect(codeOf(response)).toBe('FORBIDDEN');
    expect(await changeRows(target.id)).toEqual([]);
  });

  it('without a token it is UNAUTHENTICATED', async () => {
    const response = await stack.query(SET_CHANNEL, { id: target.id, channel: 'NIX' });
    expect(codeOf(response)).toBe('UNAUTHENTICATED');
  });

  it('a stale version gets CONFLICT with the current version', async () => {
    const editor = await bearer({ agency: target.provider.code, subject: 'provider-editor' });
    const response = await stack.query(SET_CHANNEL, { id: target.id, channel: 'NIX', expectedVersion: target.version + 5 }, editor);
    expect(codeOf(response)).toBe('CONFLICT');
    expect(response.errors![0]!.extensions).toMatchObject({ currentVersion: target.version, expectedVersion: target.version + 5 });
    expect(await changeRows(target.id)).toEqual([]);
  });

  it("with its provider's editor: every figure moves in the next read, history and audit hold one entry, a replay writes nothing", async () => {
    const before = await figures(target);
    const editor = { ...(await bearer({ agency: target.provider.code, subject: 'provider-editor' })), 'idempotency-key': randomUUID() };
    const response = await stack.query(SET_CHANNEL, { id: target.id, channel: 'NIX', expectedVersion: target.version }, editor);
    expect(response.errors).toBeUndefined();
    expect(response.data.setInquiryChannel).toMatchObject({ id: target.id, channel: 'NIX', electronic: true, version: target.version + 1 });
    // The figures were written in the write's transaction: there at its answer, with nothing left to refresh.
    expect(await drift()).toEqual(NO_DRIFT);

    const after = await figures(target);
    expect(after.servicePaper).toBe(before.servicePaper - 1);
    expect(before.servicePaperIds).toContain(target.id);
    expect(after.servicePaperIds).not.toContain(target.id);
    expect(after.reportPaper).toBe(before.reportPaper - links);
    expect(after.networkPaper).toBeLessThan(before.networkPaper);
    expect(after.trend.paperLinks).toBe(before.trend.paperLinks - links);
    expect(after.trend.nixLinks).toBe(before.trend.nixLinks + links);
    expect(after.trend.paperLinks).toBe(after.reportPaper);
    // The planner's model, kept in memory, is read again: the inquiry is no longer a move to make.
    expect(after.planCandidates).toBe(before.planCandidates - 1);
    const written = after.inquiry.history.edges.map((edge: any) => edge.node).filter((node: any) => !node.generated);
    expect(written).toEqual([{ action: 'SET_CHANNEL', generated: false, subject: 'provider-editor', before: { channel: 'PAPER', version: target.version }, after: { channel: 'NIX', version: target.version + 1 } }]);
    expect(await changeRows(target.id)).toHaveLength(1);

    const replay = await stack.query(SET_CHANNEL, { id: target.id, channel: 'NIX', expectedVersion: target.version }, editor);
    expect(replay.data.setInquiryChannel).toEqual(response.data.setInquiryChannel);
    expect(await changeRows(target.id)).toHaveLength(1);
  });
});

describe('the changed-since feed', () => {
  it('lists 50 concurrent digitisations exactly once each, read page by page while they commit', async () => {
    // Where the feed stands now: its last cursor (a change still held back shows after it).
    let cursor: string | null = null;
    for (;;) {
      const page: any = (await stack.ok(FEED, { after: cursor, first: 100 })).inquiryChanges;
      cursor = page.pageInfo.endCursor ?? cursor;
      if (!page.pageInfo.hasNextPage) break;
    }
    const targets = await paperInquiries(50);
    expect(targets).toHaveLength(50);
    const admin = await bearer({ roles: ['admin'], subject: 'feed-admin' });
    const seen: string[] = [];
    const read = async () => {
      const page: any = (await stack.ok(FEED, { after: cursor, first: 3 })).inquiryChanges;
      for (const edge of page.edges) seen.push(edge.node.inquiry.id);
      cursor = page.pageInfo.endCursor ?? cursor;
      return page.edges.length;
    };
    let writing = true;
    const writes = Promise.all(targets.map((inquiry) => stack.query(SET_CHANNEL, { id: inquiry.id, channel: 'DIRECT' }, admin))).finally(() => {
      writing = false;
    });
    while (writing) await read();
    const responses = await writes;
    expect(responses.filter((response) => response.errors)).toEqual([]);
    // The last writes show once no transaction older than them is running.
    // The last writes show once no transaction older than them is running (anywhere on the server: another test file's seed, say).
    const ids = new Set(targets.map((inquiry) => inquiry.id));
    const ours = () => seen.filter((id) => ids.has(id));
    while (ours().length < 50) if ((await read()) === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await read()).toBe(0);
    expect(ours().sort()).toEqual([...ids].sort());
    // Anything else listed is an earlier write of this file that a running transaction held back when the cursor was taken.
    expect(seen.length - 50).toBeLessThanOrEqual(1);
    // Fifty writes recomputing overlapping services and agencies concurrently left every derived row right.
    expect(await drift()).toEqual(NO_DRIFT);
  });
});

describe("a service's needs and an inquiry's name", () => {
  const ADD = `mutation($serviceId: ID!, $inquiryId: ID!) { addServiceInquiry(serviceId: $serviceId, inquiryId: $inquiryId) { action recordKind service { id } inquiry { id } before after } }`;
  const RETIRE = `mutation($serviceId: ID!, $inquiryId: ID!) { retireServiceInquiry(serviceId: $serviceId, inquiryId: $inquiryId) { action before after } }`;
  const READ = `query($serviceId: ID!) { service(id: $serviceId) { inquiryCount inquiries { id } } inquiryStats { links } inquiryChannelTrend(interval: DAY, from: "2025-01-01") { links } }`;

  it("an editor of the service's agency adds a need and retires it; the links, the service and the trend follow; another agency's editor is FORBIDDEN", async () => {
    const data: any = await stack.ok(`{ services(first: 1) { edges { node { id agency { id code } inquiries { id } } } } inquiries(first: 100) { edges { node { id } } } }`);
    const service = data.services.edges[0].node;
    const mine = new Set(service.inquiries.map((inquiry: any) => inquiry.id));
    const inquiryId = data.inquiries.edges.map((edge: any) => edge.node.id).find((id: string) => !mine.has(id));
    const editor = await bearer({ agency: service.agency.code, subject: 'service-editor' });
    const outsider = await bearer({ agency: service.agency.code === 'AG-001' ? 'AG-002' : 'AG-001', subject: 'outsider' });
    const before: any = await stack.ok(READ, { serviceId: service.id });

    expect(codeOf(await stack.query(ADD, { serviceId: service.id, inquiryId }, outsider))).toBe('FORBIDDEN');
    const added = await stack.query(ADD, { serviceId: service.id, inquiryId }, editor);
    expect(added.data.addServiceInquiry).toMatchObject({ action: 'ADD_REQUIREMENT', recordKind: 'REQUIREMENT', service: { id: service.id }, inquiry: { id: inquiryId }, before: null });
    const middle: any = await stack.ok(READ, { serviceId: service.id });
    expect(middle.service.inquiryCount).toBe(before.service.inquiryCount + 1);
    expect(middle.service.inquiries.map((inquiry: any) => inquiry.id)).toContain(inquiryId);
    expect(middle.inquiryStats.links).toBe(before.inquiryStats.links + 1);
    expect(middle.inquiryChannelTrend.at(-1).links).toBe(middle.inquiryStats.links);
    expect(codeOf(await stack.query(ADD, { serviceId: service.id, inquiryId }, editor))).toBe('CONFLICT');

    const retired = await stack.query(RETIRE, { serviceId: service.id, inquiryId }, editor);
    expect(retired.data.retireServiceInquiry).toMatchObject({ action: 'RETIRE_REQUIREMENT', after: { needed: false } });
    const after: any = await stack.ok(READ, { serviceId: service.id });
    expect(after.service.inquiryCount).toBe(before.service.inquiryCount);
    expect(after.inquiryStats.links).toBe(before.inquiryStats.links);
    expect(after.inquiryChannelTrend.at(-1).links).toBe(before.inquiryStats.links);
    expect(codeOf(await stack.query(RETIRE, { serviceId: service.id, inquiryId }, editor))).toBe('CONFLICT');
  });

  it("renames an inquiry (CONFLICT on another inquiry's name, BAD_USER_INPUT on a blank one), found by the feed's `since`", async () => {
    const data: any = await stack.ok(`{ inquiries(first: 2) { edges { node { id version name { fa } provider { code } } } } }`);
    const [first, second] = data.inquiries.edges.map((edge: any) => edge.node);
    const admin = await bearer({ roles: ['admin'], subject: 'renaming-admin' });
    const since = new Date(Date.now() - 1000).toISOString();
    const RENAME = `mutation($id: ID!, $fa: String!, $en: String, $v: Int) { renameInquiry(id: $id, nameFa: $fa, nameEn: $en, expectedVersion: $v) { id name { fa en } version } }`;
    expect(codeOf(await stack.query(RENAME, { id: first.id, fa: second.name.fa }, admin))).toBe('CONFLICT');
    expect(codeOf(await stack.query(RENAME, { id: first.id, fa: '   ' }, admin))).toBe('BAD_USER_INPUT');
    const renamed = await stack.query(RENAME, { id: first.id, fa: `${first.name.fa} (اصلاح‌شده)`, en: 'Corrected', v: first.version }, admin);
    expect(renamed.data.renameInquiry).toEqual({ id: first.id, name: { fa: `${first.name.fa} (اصلاح‌شده)`, en: 'Corrected' }, version: first.version + 1 });
    // The feed lists a change once no transaction older than it runs on the server (another test file's seed may).
    let renames: any[];
    do {
      const feed: any = await stack.ok(`query($since: String) { inquiryChanges(since: $since, first: 100) { edges { node { action inquiry { id } before after } } } }`, { since });
      renames = feed.inquiryChanges.edges.map((edge: any) => edge.node).filter((node: any) => node.action === 'RENAME');
    } while (renames.length === 0);
    expect(renames).toEqual([{ action: 'RENAME', inquiry: { id: first.id }, before: { nameFa: first.name.fa, nameEn: expect.anything(), version: first.version }, after: { nameFa: `${first.name.fa} (اصلاح‌شده)`, nameEn: 'Corrected', version: first.version + 1 } }]);
    expect(codeOf(await stack.query(`{ inquiryChanges(since: "yesterday") { totalCount } }`))).toBe('BAD_USER_INPUT');
  });
});

describe('the derived figures, kept in the write’s own transaction', () => {
  const ADD = `mutation($serviceId: ID!, $inquiryId: ID!) { addServiceInquiry(serviceId: $serviceId, inquiryId: $inquiryId) { action } }`;
  const RETIRE = `mutation($serviceId: ID!, $inquiryId: ID!) { retireServiceInquiry(serviceId: $serviceId, inquiryId: $inquiryId) { action } }`;
  const SERVICE = `query($id: ID!) { service(id: $id) { inquiryCount paperInquiryCount inquiries { id channel } } }`;
  const db = () => stack.subgraphs.inquiries.dataSource;
  /** The shallowest depth at which the provider's inquiries going down stops the service, as the reach's view holds it. */
  const reach = async (provider: number, service: number): Promise<number | null> =>
    (await db().query(`SELECT min(depth)::int AS depth FROM inquiries.provider_reach WHERE provider_agency_id = $1 AND service_id = $2`, [provider, service]))[0].depth;
  /** The reach once `settled` holds of it, or as it stands after 20 s. */
  const reachSettles = async (provider: number, service: number, settled: (depth: number | null) => boolean): Promise<number | null> => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const depth = await reach(provider, service);
      if (settled(depth) || Date.now() > deadline) return depth;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  /** The first service and an inquiry whose provider answers none of its inquiries yet (so the reach's direct depth moves). */
  const freshNeed = async (): Promise<{ serviceId: number; consumerId: number; inquiryId: number; providerId: number }> => {
    const [row] = await db().query(`
      SELECT l.service_id AS "serviceId", l.consumer_agency_id AS "consumerId", i.id AS "inquiryId", i.provider_agency_id AS "providerId"
      FROM (SELECT service_id, consumer_agency_id FROM inquiries.service_link ORDER BY service_id LIMIT 1) l
      CROSS JOIN LATERAL (SELECT id, provider_agency_id FROM inquiries.inquiry x
                          WHERE x.provider_agency_id NOT IN (SELECT provider_agency_id FROM inquiries.provider_service WHERE service_id = l.service_id)
                          ORDER BY id LIMIT 1) i`);
    return row;
  };

  it('with the reach’s refresh held up: a need added answers after the bounded wait with its link figures exact; a digitisation answers at once with its own; the reach follows once the refresh runs', async () => {
    const admin = await bearer({ roles: ['admin'], subject: 'derived-admin' });
    const need = await freshNeed();
    const [target] = await paperInquiries(1);
    const service = String(need.serviceId);
    const before: any = await stack.ok(SERVICE, { id: service });
    expect(await reach(need.providerId, need.serviceId)).not.toBe(1);

    // A refresh of the view holds its lock until its transaction ends: the write's refresh queues behind it; plain reads go on.
    const blocker = new Client({ connectionString: stack.databaseUrl });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('REFRESH MATERIALIZED VIEW CONCURRENTLY inquiries.provider_reach');

      const added = await stack.query(ADD, { serviceId: service, inquiryId: String(need.inquiryId) }, admin);
      expect(added.errors).toBeUndefined();
      const middle: any = await stack.ok(SERVICE, { id: service });
      expect(middle.service.inquiryCount).toBe(before.service.inquiryCount + 1);
      expect(middle.service.inquiries.map((inquiry: any) => inquiry.id)).toContain(String(need.inquiryId));
      const edge: any = await stack.ok(`query($id: ID!) { agency(id: $id) { dependsOn(first: 100) { edges { node { provider { id } links } } } } }`, { id: String(need.consumerId) });
      expect(edge.agency.dependsOn.edges.find((e: any) => e.node.provider.id === String(need.providerId))?.node.links).toBeGreaterThanOrEqual(1);
      expect(await drift()).toEqual(NO_DRIFT);
      // The reach has not moved: its refresh waits on the lock.
      expect(await reach(need.providerId, need.serviceId)).not.toBe(1);

      // A channel change waits for no refresh at all, not even behind the held-up one, and its figures are there.
      const beforeFigures = await figures(target!);
      const started = Date.now();
      const digitised = await stack.query(SET_CHANNEL, { id: target!.id, channel: 'NIX' }, admin);
      expect(digitised.errors).toBeUndefined();
      expect(Date.now() - started).toBeLessThan(2500);
      const after = await figures(target!);
      expect(after.servicePaper).toBe(beforeFigures.servicePaper - 1);
      expect(after.servicePaperIds).not.toContain(target!.id);
      expect(after.reportPaper).toBeLessThan(beforeFigures.reportPaper);
      expect(after.networkPaper).toBeLessThan(beforeFigures.networkPaper);
      expect(after.planCandidates).toBe(beforeFigures.planCandidates - 1);
      expect(await drift()).toEqual(NO_DRIFT);
      await blocker.query('COMMIT');
    } finally {
      await blocker.end();
    }
    expect(await reachSettles(need.providerId, need.serviceId, (depth) => depth === 1)).toBe(1);

    expect((await stack.query(RETIRE, { serviceId: service, inquiryId: String(need.inquiryId) }, admin)).errors).toBeUndefined();
    expect((await stack.ok(SERVICE, { id: service })).service.inquiryCount).toBe(before.service.inquiryCount);
    expect(await drift()).toEqual(NO_DRIFT);
    expect(await reachSettles(need.providerId, need.serviceId, (depth) => depth !== 1)).not.toBe(1);
  });

  it('a change between NIX and DIRECT moves no derived row (the definitions count paper links alone) and recomputes none', async () => {
    const admin = await bearer({ roles: ['admin'], subject: 'derived-nix' });
    const [row] = await db().query(`SELECT i.id, i.channel FROM inquiries.inquiry i WHERE i.channel IN ('NIX', 'DIRECT') AND EXISTS (SELECT 1 FROM inquiries.service_link l WHERE l.inquiry_id = i.id) ORDER BY i.id LIMIT 1`);
    const version = async () => (await db().query(`SELECT version FROM inquiries.derived_version`))[0].version;
    const before = await version();
    const response = await stack.query(SET_CHANNEL, { id: String(row.id), channel: row.channel === 'NIX' ? 'DIRECT' : 'NIX' }, admin);
    expect(response.errors).toBeUndefined();
    expect(await version()).toBe(before);
    expect(await drift()).toEqual(NO_DRIFT);
  });

  it('twelve transactions on connections of their own (as replicas would run them), each moving an inquiry of one service to or from PAPER, leave every table equal to its definition', async () => {
    const [{ ids, channels }] = await db().query(`
      SELECT array_agg(i.id ORDER BY i.id) AS ids, array_agg(i.channel ORDER BY i.id) AS channels
      FROM inquiries.service_link l JOIN inquiries.inquiry i ON i.id = l.inquiry_id
      WHERE l.service_id = (SELECT service_id FROM inquiries.service_summary ORDER BY inquiry_count DESC, service_id LIMIT 1)`);
    const moves = (ids as number[]).slice(0, 12).map((id, index) => ({ id, from: channels[index] as string, to: channels[index] === 'PAPER' ? 'NIX' : 'PAPER' }));
    expect(moves.length).toBeGreaterThan(5);
    const clients = moves.map(() => new Client({ connectionString: stack.databaseUrl }));
    await Promise.all(clients.map((client) => client.connect()));
    try {
      await Promise.all(
        moves.map(async (move, index) => {
          const client = clients[index]!;
          const sql = { query: async (text: string, params?: unknown[]) => (await client.query(text, params as unknown[])).rows };
          await client.query('BEGIN');
          await client.query(`UPDATE inquiries.inquiry SET channel = $2 WHERE id = $1`, [move.id, move.to]);
          await maintainAfterChannelChange(sql, move.id, move.from, move.to);
          await client.query('COMMIT');
        }),
      );
    } finally {
      await Promise.all(clients.map((client) => client.end()));
    }
    expect(await drift()).toEqual(NO_DRIFT);
  });

  it('one inquiry flipped PAPER → NIX → PAPER → DIRECT and on, while other inquiries of its services flip to and from PAPER and a service gains and loses a need for it, leaves every table equal to its definition after each batch', async () => {
    const admin = await bearer({ roles: ['admin'], subject: 'derived-flips' });
    const [target] = await db().query(`
      SELECT l.inquiry_id AS id FROM inquiries.service_link l JOIN inquiries.inquiry i ON i.id = l.inquiry_id
      WHERE i.channel = 'PAPER' GROUP BY l.inquiry_id ORDER BY count(*) DESC, l.inquiry_id LIMIT 1`);
    // The inquiries sharing the most services with it, so their changes move the same rows.
    const others: { id: number; channel: string }[] = await db().query(
      `SELECT o.inquiry_id AS id, i.channel
       FROM inquiries.service_link t JOIN inquiries.service_link o ON o.service_id = t.service_id AND o.inquiry_id <> t.inquiry_id
       JOIN inquiries.inquiry i ON i.id = o.inquiry_id
       WHERE t.inquiry_id = $1 GROUP BY o.inquiry_id, i.channel ORDER BY count(*) DESC, o.inquiry_id LIMIT 6`,
      [target.id],
    );
    const [newcomer] = await db().query(
      `SELECT service_id AS id FROM inquiries.service_summary WHERE service_id NOT IN (SELECT service_id FROM inquiries.service_link WHERE inquiry_id = $1) ORDER BY service_id LIMIT 1`,
      [target.id],
    );
    expect(others).toHaveLength(6);
    const version = async () => Number((await db().query(`SELECT version FROM inquiries.derived_version`))[0].version);
    const start = await version();
    const cycle = ['NIX', 'PAPER', 'DIRECT', 'PAPER'];
    const batches = 8;
    for (let batch = 0; batch < batches; batch++) {
      const moves = [
        { id: target.id, channel: cycle[batch % cycle.length]! },
        ...others.map((other) => ({ id: other.id, channel: other.channel === 'PAPER' ? (batch % 2 ? 'NIX' : 'DIRECT') : 'PAPER' })),
      ];
      const need = { serviceId: String(newcomer.id), inquiryId: String(target.id) };
      const responses = await Promise.all([
        ...moves.map((move) => stack.query(SET_CHANNEL, { id: String(move.id), channel: move.channel }, admin)),
        stack.query(batch % 2 ? RETIRE : ADD, need, admin),
      ]);
      expect(responses.filter((response) => response.errors)).toEqual([]);
      for (const [index, other] of others.entries()) other.channel = moves[index + 1]!.channel;
      expect({ batch, drift: await drift() }).toEqual({ batch, drift: NO_DRIFT });
    }
    // Every write moved paper links (each change went to or from PAPER) and counted one maintenance.
    expect((await version()) - start).toBe(batches * (1 + others.length + 1));
  });

  it('after a mix of concurrent writes on one service (channels each way, needs added and retired) the tables equal a full rebuild and the counts are exact', async () => {
    const admin = await bearer({ roles: ['admin'], subject: 'derived-mix' });
    const data: any = await stack.ok(`{ services(first: 5) { edges { node { id inquiries { id channel } } } } inquiries(first: 100) { edges { node { id } } } }`);
    const service = data.services.edges.map((edge: any) => edge.node).sort((a: any, b: any) => b.inquiries.length - a.inquiries.length)[0];
    const mine = new Set(service.inquiries.map((inquiry: any) => inquiry.id));
    const extra: string[] = data.inquiries.edges.map((edge: any) => edge.node.id).filter((id: string) => !mine.has(id)).slice(0, 6);
    const next: Record<string, string> = { PAPER: 'DIRECT', DIRECT: 'NIX', NIX: 'PAPER' };
    const flipped = service.inquiries.slice(0, 6);
    const responses = await Promise.all([
      ...flipped.map((inquiry: any) => stack.query(SET_CHANNEL, { id: inquiry.id, channel: next[inquiry.channel] }, admin)),
      ...extra.map((inquiryId) => stack.query(ADD, { serviceId: service.id, inquiryId }, admin)),
      stack.query(RETIRE, { serviceId: service.id, inquiryId: service.inquiries.at(-1).id }, admin),
    ]);
    expect(responses.filter((response) => response.errors)).toEqual([]);
    await Promise.all(extra.slice(0, 2).map((inquiryId) => stack.query(RETIRE, { serviceId: service.id, inquiryId }, admin)));

    expect(await drift()).toEqual(NO_DRIFT);
    const now: any = (await stack.ok(SERVICE, { id: service.id })).service;
    expect(now.inquiryCount).toBe(service.inquiries.length + extra.length - 3);
    expect(now.inquiries).toHaveLength(now.inquiryCount);
    expect(now.paperInquiryCount).toBe(now.inquiries.filter((inquiry: any) => inquiry.channel === 'PAPER').length);
  });
});

import { createServer } from 'node:net';
import { Metrics } from '../../lib/metrics';
import { subgraphKey } from '../../lib/auth/request-signature';
import { catalogue } from '../../subgraphs/catalogue';
import { inquiries } from '../../subgraphs/inquiries';
import { startCatalogueFollower, type FollowRound } from '../../subgraphs/inquiries/catalogue-follower';
import { startSubgraph } from '../../subgraphs/common/subgraph';
import { captureLogger } from '../support/capture-logger';
import { collectPages } from '../support/paging';
import { startScratchStack } from '../support/scratch-stack';
import { post, testConfig, TEST_SUBGRAPH_SECRET, type TestStack } from '../support/stack';
import { bearer } from '../support/tokens';

/**
 * Query.findServices by name, after renames: the inquiries subgraph's copy of the service names follows the
 * catalogue's change feed (the follower run by hand here), on a database of this file's own.
 */
let stack: TestStack;
beforeAll(async () => {
  stack = await startScratchStack();
});
afterAll(() => stack.stop());

const FILTER = { channel: 'PAPER', minInquiryCount: 10 };
const BY_NAME = `query($first: Int, $after: String, $filter: ServiceFinderFilter) {
  findServices(filter: $filter, orderBy: NAME, first: $first, after: $after) { totalCount edges { cursor node { id name { fa } } } pageInfo { hasNextPage endCursor } }
}`;
const RENAME = `mutation($id: ID!, $fa: String!) { renameService(id: $id, nameFa: $fa) { id name { fa } } }`;
const persian = new Intl.Collator('fa');
const byName = (nodes: { id: string; name: { fa: string } }[]) => [...nodes].sort((a, b) => persian.compare(a.name.fa, b.name.fa) || Number(a.id) - Number(b.id));

const followed = () => stack.subgraphs.inquiries.dataSource.query('SELECT feed_cursor, changes_applied::int AS applied FROM inquiries.catalogue_follow');

/**
 * Follower rounds until they have applied `changes` changes in all: the feed shows a change once no older transaction
 * runs on the server (another file's seed may), so the first rounds may find nothing yet.
 */
const FEED_WAIT_MS = 60_000;

async function follow(changes: number): Promise<FollowRound[]> {
  const rounds: FollowRound[] = [];
  const until = Date.now() + FEED_WAIT_MS;
  while (rounds.reduce((sum, round) => sum + round.changes, 0) < changes) {
    if (Date.now() > until) throw new Error(`the follower applied ${JSON.stringify(rounds)}, not ${changes} changes, in ${FEED_WAIT_MS} ms`);
    const round = (await stack.subgraphs.inquiries.background!.runOnce()) as FollowRound;
    expect(round.failed).toBeUndefined();
    rounds.push(round);
    if (round.changes === 0) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return rounds;
}

async function renameAs(service: { id: string; agency: { code: string } }, fa: string) {
  const response = await stack.query(RENAME, { id: service.id, fa }, await bearer({ agency: service.agency.code, roles: ['editor'] }));
  expect(response.errors).toBeUndefined();
}

it('a rename shows in the root list’s name order once the follower has applied it, each change once, resuming from its cursor', async () => {
  const before = await collectPages<any>(stack, BY_NAME, (d) => d.findServices, { filter: FILTER }, 10);
  expect(before.nodes.map((node) => node.id)).toEqual(byName(before.nodes).map((node) => node.id));
  expect(await followed()).toEqual([{ feed_cursor: null, applied: 0 }]);

  // The last by name becomes the first: its new name sorts before every other.
  const last = before.nodes.at(-1)!;
  const { service } = await stack.ok(`query($id: ID!) { service(id: $id) { id agency { code } } }`, { id: last.id });
  await renameAs(service, `آ ${last.name.fa}`);
  const stale = await stack.ok(BY_NAME, { filter: FILTER, first: 1 });
  expect(stale.findServices.edges[0].node.id).toBe(before.nodes[0].id);

  const rounds = await follow(1);
  expect(rounds.at(-1)).toEqual({ changes: 1, renames: 1 });
  const after = await collectPages<any>(stack, BY_NAME, (d) => d.findServices, { filter: FILTER }, 10);
  expect(after.totalCount).toBe(before.totalCount);
  expect(after.nodes[0]).toEqual({ id: last.id, name: { fa: `آ ${last.name.fa}` } });
  expect(after.nodes.map((node) => node.id)).toEqual(byName(after.nodes).map((node) => node.id));
  const [state] = await followed();
  expect(state).toEqual({ feed_cursor: expect.any(String), applied: 1 });

  // Nothing new: nothing applied again. A second rename: that one alone.
  expect(await stack.subgraphs.inquiries.background!.runOnce()).toEqual({ changes: 0, renames: 0 });
  const first = after.nodes[1]!;
  const { service: second } = await stack.ok(`query($id: ID!) { service(id: $id) { id agency { code } } }`, { id: first.id });
  await renameAs(second, `ی ${first.name.fa}`);
  expect(await follow(1)).toContainEqual({ changes: 1, renames: 1 });
  expect((await followed())[0].applied).toBe(2);
  const final = await collectPages<any>(stack, BY_NAME, (d) => d.findServices, { filter: FILTER }, 25);
  expect(final.nodes.at(-1)).toEqual({ id: first.id, name: { fa: `ی ${first.name.fa}` } });
  expect(final.nodes.map((node) => node.id)).toEqual(byName(final.nodes).map((node) => node.id));
}, 3 * FEED_WAIT_MS);

it('the catalogue unreachable: the follower logs, counts and retries each interval; the root list still answers; stop ends the rounds', async () => {
  // A port nothing listens on.
  const closed = await new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
  const log = captureLogger('inquiries');
  const subgraph = await startSubgraph(inquiries, {
    config: testConfig({ CATALOGUE_FOLLOW_INTERVAL_MS: '50' }),
    databaseUrl: stack.databaseUrl,
    port: 0,
    logger: log.logger,
    peerUrls: { catalogue: `http://127.0.0.1:${closed}/graphql` },
  });
  const failures = () => log.lines.filter((line) => line.msg?.startsWith('following the catalogue'));
  try {
    const until = Date.now() + 10_000;
    while (failures().length < 3 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(failures().length).toBeGreaterThanOrEqual(3);
    expect(failures()[0]).toMatchObject({ level: 40, catalogueUrl: `http://127.0.0.1:${closed}/graphql` });
    const metrics = await subgraph.metrics.registry.getSingleMetricAsString('panjare_catalogue_follow_rounds_total');
    expect(Number(/outcome="error"[^}]*} (\d+)/.exec(metrics)?.[1])).toBeGreaterThanOrEqual(3);

    const answer = await post(subgraph.url, '{ findServices(orderBy: NAME, first: 3) { totalCount edges { node { id } } } }');
    expect(answer.errors).toBeUndefined();
    expect(answer.data.findServices.edges).toHaveLength(3);
    expect((await followed())[0].applied).toBe(2);
  } finally {
    await subgraph.stop();
  }
  const stopped = failures().length;
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(failures().length).toBe(stopped);
});

it('signs its calls as the gateway does: a catalogue taking signed calls only answers it, and refuses another key', async () => {
  const strict = await startSubgraph(catalogue, {
    config: testConfig({ SUBGRAPH_SECRET: TEST_SUBGRAPH_SECRET }),
    databaseUrl: stack.databaseUrl,
    port: 0,
    logger: captureLogger('catalogue').logger,
  });
  const round = async (secret: string) => {
    const follower = startCatalogueFollower({
      db: stack.subgraphs.inquiries.dataSource,
      catalogueUrl: strict.url,
      key: subgraphKey(secret, 'catalogue'),
      intervalMs: 0,
      timeoutMs: 5000,
      logger: captureLogger('inquiries').logger,
      metrics: new Metrics('inquiries'),
    });
    try {
      return await follower.followOnce();
    } finally {
      await follower.stop();
    }
  };
  try {
    expect(await round(TEST_SUBGRAPH_SECRET)).toEqual({ changes: 0, renames: 0 });
    expect((await round('another secret of at least thirty-two characters')).failed).toMatch(/signature|HTTP 40/);
  } finally {
    await strict.stop();
  }
});

it('a copy never seeded (a database older than it) is filled from the catalogue’s list of services, then the feed replayed', async () => {
  const db = stack.subgraphs.inquiries.dataSource;
  await db.query('TRUNCATE inquiries.service_name');
  await db.query('UPDATE inquiries.catalogue_follow SET feed_cursor = NULL, changes_applied = 0');
  expect(await stack.subgraphs.inquiries.background!.runOnce()).toEqual({ filled: 779, changes: 2, renames: 2 });
  expect(await db.query('SELECT count(*)::int AS names FROM inquiries.service_name')).toEqual([{ names: 779 }]);
  const { nodes } = await collectPages<any>(stack, BY_NAME, (d) => d.findServices, { filter: FILTER }, 25);
  expect(nodes.map((node) => node.id)).toEqual(byName(nodes).map((node) => node.id));
  expect(nodes[0].name.fa.startsWith('آ ')).toBe(true);
});

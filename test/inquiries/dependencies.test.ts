import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { seed } from '../../seeds/load';
import { createScratchDatabase, type TestDatabase } from '../support/database';
import { startTestStack, testDatabaseUrl, type TestStack } from '../support/stack';
import { dependencyFixture } from './dependency-fixture';

/** Each dependency-analysis field against answers worked out by hand on the fixture (see dependency-fixture.ts). */
let scratch: TestDatabase;
let stack: TestStack;
beforeAll(async () => {
  scratch = await createScratchDatabase(testDatabaseUrl(), 'panjare_deps');
  await seed({ databaseUrl: scratch.url, scale: 1, mode: 'force', dataset: dependencyFixture });
  stack = await startTestStack({}, scratch.url);
});
afterAll(async () => {
  await stack?.stop();
  await scratch?.drop();
});

const ok = (query: string, variables?: Record<string, unknown>) => stack.ok(query, variables);
const codes = (items: { code: string }[]) => items.map((item) => item.code);

const CHAIN = `query($id: ID!, $maxDepth: Int) { service(id: $id) {
  dependencyChain(maxDepth: $maxDepth) { depth path cycle inquiry { code answeredBy { code } } provider { code } }
  transitiveInquiryCount(maxDepth: $maxDepth) inquiryCount
} }`;
const steps = async (id: number, maxDepth?: number) => {
  const { service } = await ok(CHAIN, { id: String(id), maxDepth });
  return service;
};

describe('Service.dependencyChain and transitiveInquiryCount', () => {
  it('follow a chain three deep: S1 → I1 (answered by S2) → I2 (by S3) → I3', async () => {
    const service = await steps(1);
    expect(service.dependencyChain).toEqual([
      { depth: 1, path: ['1'], cycle: false, inquiry: { code: 'INQ-F1', answeredBy: { code: 'SRV-F2' } }, provider: { code: 'AG-F2' } },
      { depth: 2, path: ['1', '2'], cycle: false, inquiry: { code: 'INQ-F2', answeredBy: { code: 'SRV-F3' } }, provider: { code: 'AG-F3' } },
      { depth: 3, path: ['1', '2', '3'], cycle: false, inquiry: { code: 'INQ-F3', answeredBy: null }, provider: { code: 'AG-F4' } },
    ]);
    expect(service.transitiveInquiryCount).toBe(3);
  });

  it('stop at maxDepth; with 1 they are the service’s own inquiries', async () => {
    expect((await steps(1, 2)).dependencyChain.map((step: any) => step.inquiry.code)).toEqual(['INQ-F1', 'INQ-F2']);
    expect((await steps(1, 2)).transitiveInquiryCount).toBe(2);
    const own = await steps(6, 1);
    expect(own.transitiveInquiryCount).toBe(own.inquiryCount);
    expect(own.dependencyChain.map((step: any) => step.inquiry.code)).toEqual(['INQ-F1', 'INQ-F6']);
  });

  it('order by depth then path, each inquiry once', async () => {
    const service = await steps(6);
    expect(service.dependencyChain.map((step: any) => [step.depth, step.path])).toEqual([
      [1, ['1']],
      [1, ['6']],
      [2, ['1', '2']],
      [3, ['1', '2', '3']],
    ]);
    expect(service.transitiveInquiryCount).toBe(4);
  });

  it('cut the cycle S4 → I4 → S5 → I5 → S4 and report it, never following it, whatever maxDepth', async () => {
    const expected = [
      { depth: 1, path: ['4'], cycle: false, inquiry: { code: 'INQ-F4', answeredBy: { code: 'SRV-F5' } }, provider: { code: 'AG-F5' } },
      { depth: 2, path: ['4', '5'], cycle: true, inquiry: { code: 'INQ-F5', answeredBy: { code: 'SRV-F4' } }, provider: { code: 'AG-F4' } },
    ];
    for (const maxDepth of [2, 5, 10]) {
      const service = await steps(4, maxDepth);
      expect(service.dependencyChain).toEqual(expected);
      expect(service.transitiveInquiryCount).toBe(2);
    }
    expect((await steps(5)).dependencyChain.map((step: any) => [step.path, step.cycle])).toEqual([
      [['5'], false],
      [['5', '4'], true],
    ]);
  });

  it('are empty for a service needing no inquiry', async () => {
    expect(await steps(7)).toEqual({ dependencyChain: [], transitiveInquiryCount: 0, inquiryCount: 0 });
  });

  it('run at most two chain statements at once in the process; the others wait their turn and answer the same', async () => {
    // Five different requests (the gateway would merge identical ones in flight), answered first one at a time.
    const asked = [1, 2, 3, 4, 5].map((maxDepth) => ({ id: maxDepth === 5 ? '6' : '1', maxDepth }));
    const chain = (variables: { id: string; maxDepth: number }) => ok(`query($id: ID!, $maxDepth: Int) { service(id: $id) { dependencyChain(maxDepth: $maxDepth) { depth path } } }`, variables);
    const expected = [];
    for (const variables of asked) expected.push(await chain(variables));
    // One client holds the inquiries, so that every chain statement sent waits in PostgreSQL; another counts them
    // (outside the first one's transaction, whose view of pg_stat_activity would not move).
    const [locker, observer] = [new Client({ connectionString: scratch.url }), new Client({ connectionString: scratch.url })];
    await Promise.all([locker.connect(), observer.connect()]);
    const waiting = async () =>
      Number(
        (await observer.query(`SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND wait_event_type = 'Lock' AND query LIKE '%WITH RECURSIVE chain%'`))
          .rows[0].count,
      );
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE inquiries.inquiry IN ACCESS EXCLUSIVE MODE');
      const answers = Promise.all(asked.map(chain));
      for (let tries = 0; tries < 30 && (await waiting()) < 2; tries++) await sleep(50);
      await sleep(300);
      expect(await waiting()).toBe(2);
      await locker.query('COMMIT');
      expect(await answers).toEqual(expected);
    } finally {
      await Promise.all([locker.end(), observer.end()]);
    }
  });
});

const IMPACT = `query($id: ID!, $maxDepth: Int, $first: Int, $after: String) { agency(id: $id) {
  impact(maxDepth: $maxDepth) {
    agency { code } maxDepth directServices transitiveServices
    services(first: $first, after: $after) { totalCount edges { depth node { code } } pageInfo { hasNextPage endCursor } }
    projects { number }
  }
} }`;

describe('Agency.impact', () => {
  it('lists what stops when A4 goes down: S3, S5 directly, S2, S4 next, S1, S6 three deep, and the projects owning them', async () => {
    const { agency } = await ok(IMPACT, { id: '4', first: 100 });
    expect(agency.impact).toMatchObject({ agency: { code: 'AG-F4' }, maxDepth: 5, directServices: 2, transitiveServices: 6 });
    expect(agency.impact.services.totalCount).toBe(6);
    expect(agency.impact.services.edges.map((edge: any) => [edge.depth, edge.node.code])).toEqual([
      [1, 'SRV-F3'],
      [1, 'SRV-F5'],
      [2, 'SRV-F2'],
      [2, 'SRV-F4'],
      [3, 'SRV-F1'],
      [3, 'SRV-F6'],
    ]);
    expect(agency.impact.projects).toEqual([{ number: 1 }, { number: 2 }]);
  });

  it('looks only as deep as maxDepth', async () => {
    const { agency } = await ok(IMPACT, { id: '4', maxDepth: 2, first: 100 });
    expect(agency.impact).toMatchObject({ directServices: 2, transitiveServices: 4 });
    expect(agency.impact.services.edges.map((edge: any) => edge.node.code)).toEqual(['SRV-F3', 'SRV-F5', 'SRV-F2', 'SRV-F4']);
    expect(agency.impact.projects).toEqual([{ number: 2 }]);
  });

  it('pages the services with keyset cursors', async () => {
    const first = (await ok(IMPACT, { id: '4', first: 4 })).agency.impact.services;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await ok(IMPACT, { id: '4', first: 4, after: first.pageInfo.endCursor })).agency.impact.services;
    expect(rest.edges.map((edge: any) => [edge.depth, edge.node.code])).toEqual([
      [3, 'SRV-F1'],
      [3, 'SRV-F6'],
    ]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('is empty for an agency answering no inquiry', async () => {
    const { agency } = await ok(IMPACT, { id: '1' });
    expect(agency.impact).toMatchObject({ directServices: 0, transitiveServices: 0, services: { totalCount: 0, edges: [] }, projects: [] });
  });
});

describe('the agency network', () => {
  const EDGE = 'consumer { code } provider { code } links paperLinks paperShare services';

  it('lists the weighted edges consumer → provider, heaviest first, ties by consumer then provider', async () => {
    const { agencyDependencies } = await ok(`{ agencyDependencies(first: 10) { totalCount edges { node { ${EDGE} } } } }`);
    expect(agencyDependencies.totalCount).toBe(5);
    expect(agencyDependencies.edges.map((edge: any) => edge.node)).toEqual([
      { consumer: { code: 'AG-F1' }, provider: { code: 'AG-F2' }, links: 3, paperLinks: 1, paperShare: 1 / 3, services: 2 },
      { consumer: { code: 'AG-F2' }, provider: { code: 'AG-F3' }, links: 1, paperLinks: 0, paperShare: 0, services: 1 },
      { consumer: { code: 'AG-F3' }, provider: { code: 'AG-F4' }, links: 1, paperLinks: 1, paperShare: 1, services: 1 },
      { consumer: { code: 'AG-F4' }, provider: { code: 'AG-F5' }, links: 1, paperLinks: 0, paperShare: 0, services: 1 },
      { consumer: { code: 'AG-F5' }, provider: { code: 'AG-F4' }, links: 1, paperLinks: 0, paperShare: 0, services: 1 },
    ]);
  });

  it('filters by minLinks and pages with keyset cursors', async () => {
    const heavy = await ok('{ agencyDependencies(minLinks: 2) { totalCount edges { node { links } } } }');
    expect(heavy.agencyDependencies).toEqual({ totalCount: 1, edges: [{ node: { links: 3 } }] });
    const pairs: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const data: any = await ok(`query($after: String) { agencyDependencies(first: 2, after: $after) {
        edges { node { consumer { code } provider { code } } } pageInfo { hasNextPage endCursor } } }`, { after });
      pairs.push(...data.agencyDependencies.edges.map((edge: any) => `${edge.node.consumer.code}>${edge.node.provider.code}`));
      if (!data.agencyDependencies.pageInfo.hasNextPage) break;
      after = data.agencyDependencies.pageInfo.endCursor;
    }
    expect(pairs).toEqual(['AG-F1>AG-F2', 'AG-F2>AG-F3', 'AG-F3>AG-F4', 'AG-F4>AG-F5', 'AG-F5>AG-F4']);
  });

  it('shows the same edges from each side: dependsOn and dependedOnBy', async () => {
    const { a4, a1 } = await ok(`{
      a4: agency(id: "4") { dependsOn { totalCount edges { node { provider { code } links } } } dependedOnBy { totalCount edges { node { consumer { code } links } } } }
      a1: agency(id: "1") { dependsOn { edges { node { provider { code } links paperLinks services } } } dependedOnBy { totalCount } }
    }`);
    expect(a4.dependsOn).toEqual({ totalCount: 1, edges: [{ node: { provider: { code: 'AG-F5' }, links: 1 } }] });
    expect(a4.dependedOnBy.edges.map((edge: any) => edge.node.consumer.code)).toEqual(['AG-F3', 'AG-F5']);
    expect(a1.dependsOn.edges).toEqual([{ node: { provider: { code: 'AG-F2' }, links: 3, paperLinks: 1, services: 2 } }]);
    expect(a1.dependedOnBy.totalCount).toBe(0);
  });
});

describe('paper inquiries', () => {
  it('report per consumer agency, most paper links first, with totals equal to inquiryStats', async () => {
    const { paperInquiryReport: report, inquiryStats } = await ok(`{
      paperInquiryReport(first: 10) {
        totalCount links paperLinks paperShare
        edges { node { agency { code } links paperLinks paperShare paperServiceCount paperServices { totalCount edges { node { code } } } } }
      }
      inquiryStats { links paperShare }
    }`);
    expect(report).toMatchObject({ totalCount: 5, links: 7, paperLinks: 2 });
    expect(report.paperShare).toBeCloseTo(2 / 7, 12);
    expect(report.links).toBe(inquiryStats.links);
    expect(report.paperShare).toBeCloseTo(inquiryStats.paperShare, 12);
    const rows = report.edges.map((edge: any) => edge.node);
    expect(rows.map((row: any) => [row.agency.code, row.links, row.paperLinks, row.paperServiceCount])).toEqual([
      ['AG-F1', 3, 1, 1],
      ['AG-F3', 1, 1, 1],
      ['AG-F2', 1, 0, 0],
      ['AG-F4', 1, 0, 0],
      ['AG-F5', 1, 0, 0],
    ]);
    expect(rows[0].paperServices).toEqual({ totalCount: 1, edges: [{ node: { code: 'SRV-F6' } }] });
    expect(rows[1].paperServices.edges).toEqual([{ node: { code: 'SRV-F3' } }]);
    expect(rows[0].paperShare).toBeCloseTo(1 / 3, 12);
  });

  it('name each service’s paper inquiries', async () => {
    const { s6, s3, s1 } = await ok(`{
      s6: service(id: "6") { paperInquiries { code } } s3: service(id: "3") { paperInquiries { code } } s1: service(id: "1") { paperInquiries { code } }
    }`);
    expect([codes(s6.paperInquiries), codes(s3.paperInquiries), codes(s1.paperInquiries)]).toEqual([['INQ-F6'], ['INQ-F3'], []]);
  });
});

describe('PriorityProject.inquiryProfile', () => {
  it('counts the distinct inquiries of the services and sub-services, and the providers outside the project', async () => {
    const { projects } = await ok(`{ projects { number inquiryProfile {
      inquiryCount paperInquiryCount paperShare inquiries { code } providers { code } externalProviders { code }
    } } }`);
    expect(projects.map((project: any) => [project.number, project.inquiryProfile])).toEqual([
      [1, { inquiryCount: 2, paperInquiryCount: 1, paperShare: 0.5, inquiries: [{ code: 'INQ-F1' }, { code: 'INQ-F6' }], providers: [{ code: 'AG-F2' }], externalProviders: [{ code: 'AG-F2' }] }],
      [2, { inquiryCount: 2, paperInquiryCount: 0, paperShare: 0, inquiries: [{ code: 'INQ-F4' }, { code: 'INQ-F5' }], providers: [{ code: 'AG-F4' }, { code: 'AG-F5' }], externalProviders: [] }],
      [3, { inquiryCount: 0, paperInquiryCount: 0, paperShare: 0, inquiries: [], providers: [], externalProviders: [] }],
    ]);
  });
});

describe('Query.criticalProviders', () => {
  it('ranks providers by the services that stop, directly and down the chains', async () => {
    const { all, two, direct } = await ok(`{
      all: criticalProviders { agency { code } directServices transitiveServices }
      two: criticalProviders(first: 2) { agency { code } }
      direct: criticalProviders(maxDepth: 1) { agency { code } directServices transitiveServices }
    }`);
    expect(all).toEqual([
      { agency: { code: 'AG-F4' }, directServices: 2, transitiveServices: 6 },
      { agency: { code: 'AG-F3' }, directServices: 1, transitiveServices: 3 },
      { agency: { code: 'AG-F2' }, directServices: 2, transitiveServices: 2 },
      { agency: { code: 'AG-F5' }, directServices: 1, transitiveServices: 2 },
    ]);
    expect(two.map((row: any) => row.agency.code)).toEqual(['AG-F4', 'AG-F3']);
    expect(direct.map((row: any) => [row.agency.code, row.transitiveServices])).toEqual([
      ['AG-F2', 2],
      ['AG-F4', 2],
      ['AG-F3', 1],
      ['AG-F5', 1],
    ]);
  });
});

describe('bad input', () => {
  it.each([
    ['Service.dependencyChain', '{ service(id: "1") { dependencyChain(maxDepth: 0) { depth } } }'],
    ['Service.transitiveInquiryCount', '{ service(id: "1") { transitiveInquiryCount(maxDepth: 11) } }'],
    ['Agency.impact', '{ agency(id: "4") { impact(maxDepth: -1) { directServices } } }'],
    ['Query.criticalProviders', '{ criticalProviders(maxDepth: 11) { directServices } }'],
  ])('%s refuses maxDepth outside 1..10 with BAD_USER_INPUT', async (_field, query) => {
    const response = await stack.query(query);
    expect(response.status).toBe(200);
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(response.errors?.[0].message).toMatch(/maxDepth.*1 and 10/);
    expect(JSON.stringify(response)).not.toMatch(/    at |SELECT/);
  });

  it.each([
    ['a negative minLinks', '{ agencyDependencies(minLinks: -1) { totalCount } }'],
    ['a page too large', '{ criticalProviders(first: 101) { directServices } }'],
    ['a foreign cursor', '{ agencyDependencies(after: "bm9wZQ") { totalCount } }'],
  ])('refuses %s with BAD_USER_INPUT', async (_name, query) => {
    const response = await stack.query(query);
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('gives null for an unknown service or agency', async () => {
    const data = await ok(`{
      service(id: "999") { dependencyChain { depth } transitiveInquiryCount paperInquiries { code } }
      agency(id: "999") { impact { directServices } dependsOn { totalCount } }
      bad: agency(id: "x") { impact { directServices } }
    }`);
    expect(data).toEqual({ service: null, agency: null, bad: null });
  });
});

import { collectPages } from '../support/paging';
import { startTestStack, type TestStack } from '../support/stack';

/** Every figure of the sources that the seed must reproduce, asked through the gateway. */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

const ok = (query: string, variables?: Record<string, unknown>) => stack.ok(query, variables);

describe('the catalogue (source 003)', () => {
  it('has 108 agencies, 779 services and 2,094 sub-services', async () => {
    const { catalogueStats } = await ok('{ catalogueStats { agencies services subServices licenseServices } }');
    expect(catalogueStats).toMatchObject({ agencies: 108, services: 779, subServices: 2094 });
    expect(catalogueStats.licenseServices).toBeGreaterThanOrEqual(241);
  });

  it('needs more than 1,300 kinds of inquiry', async () => {
    const { inquiryStats, inquiries } = await ok('{ inquiryStats { inquiries links } inquiries(first: 0) { totalCount } }');
    expect(inquiryStats.inquiries).toBeGreaterThan(1300);
    expect(inquiries.totalCount).toBe(inquiryStats.inquiries);
  });

  it('has exactly 241 services with more than 20 inquiries, all licence-issuing, counted service by service', async () => {
    const { nodes } = await collectPages<{ id: string; isLicense: boolean; inquiryCount: number; subServices: { id: string }[] }>(
      stack,
      `query($first: Int, $after: String) { services(first: $first, after: $after) {
         totalCount edges { cursor node { id isLicense inquiryCount } } pageInfo { hasNextPage endCursor } } }`,
      (data) => data.services,
    );
    expect(nodes).toHaveLength(779);
    const heavy = nodes.filter((service) => service.inquiryCount > 20);
    expect(heavy).toHaveLength(241);
    expect(heavy.every((service) => service.isLicense)).toBe(true);
    const { servicesByInquiryCount } = await ok('{ servicesByInquiryCount(moreThan: 20, first: 0) { totalCount } }');
    expect(servicesByInquiryCount.totalCount).toBe(241);
  });

  it('counts a service’s inquiries as the distinct union of its own and its sub-services’', async () => {
    const { servicesByInquiryCount } = await ok(`{ servicesByInquiryCount(moreThan: 20, first: 5) { edges { node {
      inquiryCount paperInquiryCount inquiries { id channel } subServices { inquiries { id } } } } } }`);
    for (const { node } of servicesByInquiryCount.edges) {
      const ids = node.inquiries.map((inquiry: { id: string }) => inquiry.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(node.inquiryCount).toBe(ids.length);
      expect(node.paperInquiryCount).toBe(node.inquiries.filter((inquiry: { channel: string }) => inquiry.channel === 'PAPER').length);
      for (const subService of node.subServices) {
        for (const inquiry of subService.inquiries) expect(ids).toContain(inquiry.id);
      }
    }
  });
});

describe('inquiry channels', () => {
  it('mixes NIX, direct and paper, with paper a minority of inquiries and of links', async () => {
    const data = await ok(`{
      nix: inquiries(first: 0, filter: { channel: NIX }) { totalCount }
      direct: inquiries(first: 0, filter: { channel: DIRECT }) { totalCount }
      paper: inquiries(first: 0, filter: { channel: PAPER }) { totalCount }
      all: inquiries(first: 0) { totalCount }
      inquiryStats { electronicShare paperShare links }
    }`);
    expect(data.nix.totalCount + data.direct.totalCount + data.paper.totalCount).toBe(data.all.totalCount);
    for (const channel of ['nix', 'direct', 'paper']) expect(data[channel].totalCount).toBeGreaterThan(0);
    expect(data.paper.totalCount).toBeLessThan(data.all.totalCount / 2);
    expect(data.inquiryStats.paperShare).toBeGreaterThan(0);
    expect(data.inquiryStats.paperShare).toBeLessThan(0.5);
    expect(data.inquiryStats.electronicShare + data.inquiryStats.paperShare).toBeCloseTo(1, 10);
  });
});

describe('agencies (sources 000, 002)', () => {
  it('reports 73 % connected, 9 % connecting and 18 % not connected to the national window: 70, 9 and 17 of the 96 agencies obliged, the remaining 26 being 9 + 17', async () => {
    const data = await ok(`{
      catalogueStats { agencies obligedToConnect windowConnection { connection agencies share } }
      connected: agencies(first: 0, filter: { windowConnection: CONNECTED, obligedToConnect: true }) { totalCount }
      connecting: agencies(first: 0, filter: { windowConnection: CONNECTING, obligedToConnect: true }) { totalCount }
      notConnected: agencies(first: 0, filter: { windowConnection: NOT_CONNECTED, obligedToConnect: true }) { totalCount }
      exempt: agencies(first: 0, filter: { obligedToConnect: false }) { totalCount }
      exemptConnected: agencies(first: 0, filter: { obligedToConnect: false, windowConnection: CONNECTED }) { totalCount }
    }`);
    const stats = data.catalogueStats;
    expect(stats).toMatchObject({ agencies: 108, obligedToConnect: 96 });
    expect(stats.windowConnection.map((row: any) => [row.connection, row.agencies, Math.round(row.share * 100)])).toEqual([
      ['CONNECTED', 70, 73],
      ['CONNECTING', 9, 9],
      ['NOT_CONNECTED', 17, 18],
    ]);
    expect([data.connected.totalCount, data.connecting.totalCount, data.notConnected.totalCount]).toEqual([70, 9, 17]);
    expect(data.connecting.totalCount + data.notConnected.totalCount).toBe(26);
    expect([data.exempt.totalCount, data.exemptConnected.totalCount]).toEqual([12, 0]);
  });

  it('has exactly three agencies outside the government: the Judiciary, the Registration Organisation, Azad University', async () => {
    const { agencies } = await ok('{ agencies(first: 100, filter: { insideGovernment: false }) { totalCount edges { node { name { fa en } generated } } } }');
    expect(agencies.totalCount).toBe(3);
    const names = agencies.edges.map((edge: any) => edge.node.name.fa).sort();
    expect(names).toEqual(['دانشگاه آزاد اسلامی', 'سازمان ثبت اسناد و املاک کشور', 'قوه قضاییه'].sort());
    expect(agencies.edges.every((edge: any) => edge.node.generated === false)).toBe(true);
  });

  it('keeps the round-3 assessment scores the sources name', async () => {
    const { agencies } = await ok(`{ agencies(first: 5, filter: { search: "گمرک" }) { edges { node { name { en } assessments { round period overall } } } } }`);
    const customs = agencies.edges.map((edge: any) => edge.node).find((agency: any) => /customs/i.test(agency.name.en));
    expect(customs.assessments[0]).toMatchObject({ round: 3, period: '1396-Q4', overall: 78 });
  });
});

describe('the 23 priority projects (sources 000, 001, 003)', () => {
  it('own 111 services and 165 sub-services, carried out by 25 agencies, 3 of them outside the government', async () => {
    const { projectStats, projects } = await ok(`{
      projectStats { projects services subServices agencies }
      projects { number services { id } subServices { id } agencies { id insideGovernment } }
    }`);
    expect(projectStats).toEqual({ projects: 23, services: 111, subServices: 165, agencies: 25 });
    expect(projects.map((project: any) => project.number)).toEqual(Array.from({ length: 23 }, (_, index) => index + 1));
    expect(new Set(projects.flatMap((project: any) => project.services.map((service: any) => service.id))).size).toBe(111);
    expect(new Set(projects.flatMap((project: any) => project.subServices.map((sub: any) => sub.id))).size).toBe(165);
    const agencies = new Map<string, boolean>(projects.flatMap((project: any) => project.agencies.map((agency: any) => [agency.id, agency.insideGovernment])));
    expect(agencies.size).toBe(25);
    expect([...agencies.values()].filter((inside) => !inside)).toHaveLength(3);
  });

  it('name 21 of the 23, leave two unnamed, and share the deadline 9 Azar 1399', async () => {
    const { projects } = await ok('{ projects { number name { fa en } deadline deadlineJalali status } }');
    expect(projects.filter((project: any) => project.name === null)).toHaveLength(2);
    expect(projects.filter((project: any) => project.name !== null)).toHaveLength(21);
    for (const project of projects) expect(project).toMatchObject({ deadline: '2020-11-29', deadlineJalali: '1399-09-09' });
    const names = projects.map((project: any) => project.name?.fa);
    for (const name of ['سلامت الکترونیک', 'دولت همراه', 'کارپوشه', 'پنجره واحد صدور مجوزها']) expect(names).toContain(name);
  });

  it('own some of the heavy licence services, the single window for permits among the owners', async () => {
    const { nodes } = await collectPages<{ project: { name: { en: string } | null } | null }>(
      stack,
      `query($first: Int, $after: String) { servicesByInquiryCount(moreThan: 20, first: $first, after: $after) {
         totalCount edges { cursor node { project { number name { en } } } } pageInfo { hasNextPage endCursor } } }`,
      (data) => data.servicesByInquiryCount,
    );
    const owners = nodes.flatMap((service) => (service.project ? [service.project] : []));
    expect(owners.length).toBeGreaterThan(0);
    expect(owners.length).toBeLessThan(nodes.length);
    expect(owners.some((project) => /permit/i.test(project.name?.en ?? ''))).toBe(true);
  });
});

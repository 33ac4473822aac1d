import { join } from 'node:path';
import { AGENCY_NETWORK_DOWNLOAD } from '../../gateway/downloads';
import { readExampleOperations } from '../../gateway/example-operations';
import { toGraphML } from '../../gateway/graphml';
import { buildManifest, operationId } from '../../gateway/safelist';
import { ROOT } from '../../lib/paths';
import { collectPages } from '../support/paging';
import { startTestStack, type TestStack } from '../support/stack';

/**
 * The everyday questions, each in one request through the gateway: services found by their inquiries (and by an
 * owning project, by name), agencies compared and ranked by assessment, the whole critical-provider ranking, the whole
 * agency network (as JSON and GraphML). Answers are checked against the same figures read another way.
 */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

const ok = (query: string, variables?: Record<string, unknown>) => stack.ok(query, variables);
const example = (file: string) => readExampleOperations().find((operation) => operation.file === file)!;
const descending = (values: number[]) => values.every((value, index) => index === 0 || values[index - 1]! >= value);
const ascending = (values: number[]) => values.every((value, index) => index === 0 || values[index - 1]! <= value);
const PAGE_INFO = 'pageInfo { hasNextPage endCursor }';

describe('services found by their inquiries', () => {
  const FIND = `query($first: Int, $after: String, $filter: ServiceFinderFilter, $orderBy: ServiceFinderOrder) {
    findServices(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount edges { cursor node { id inquiryCount paperInquiryCount agency { id } inquiries { channel provider { id } } } } ${PAGE_INFO}
    }
  }`;

  it('every criterion holds on every service of every page, in the order asked, nothing lost or repeated', async () => {
    const filter = { channel: 'PAPER', minInquiryCount: 10, maxInquiryCount: 30 };
    const { nodes, totalCount } = await collectPages<any>(stack, FIND, (d) => d.findServices, { filter, orderBy: 'PAPER_INQUIRY_COUNT_DESC' }, 40);
    expect(totalCount).toBe(314);
    expect(new Set(nodes.map((node) => node.id)).size).toBe(totalCount);
    for (const node of nodes) {
      expect(node.inquiryCount).toBeGreaterThanOrEqual(10);
      expect(node.inquiryCount).toBeLessThanOrEqual(30);
      expect(node.inquiries).toHaveLength(node.inquiryCount);
      expect(node.inquiries.filter((inquiry: any) => inquiry.channel === 'PAPER')).toHaveLength(node.paperInquiryCount);
      expect(node.paperInquiryCount).toBeGreaterThan(0);
    }
    expect(descending(nodes.map((node) => node.paperInquiryCount))).toBe(true);
  });

  it('an agency and a provider: exactly the agency’s services needing one of the provider’s inquiries, fewest inquiries first', async () => {
    const { agency } = await ok('{ agency(id: "17") { services(first: 100) { totalCount edges { node { id inquiries { provider { id } } } } } } }');
    expect(agency.services.totalCount).toBeLessThanOrEqual(100);
    const expected = agency.services.edges.filter(({ node }: any) => node.inquiries.some((inquiry: any) => inquiry.provider.id === '25')).map(({ node }: any) => node.id);
    const { nodes, totalCount } = await collectPages<any>(stack, FIND, (d) => d.findServices, { filter: { agencyId: '17', providerId: '25' }, orderBy: 'INQUIRY_COUNT_ASC' }, 3);
    expect(expected.length).toBeGreaterThan(3);
    expect(totalCount).toBe(expected.length);
    expect(nodes.map((node) => node.id).sort()).toEqual([...expected].sort());
    for (const node of nodes) expect(node.agency.id).toBe('17');
    expect(ascending(nodes.map((node) => node.inquiryCount))).toBe(true);
  });

  it('with no criteria, every service needing an inquiry, most inquiries first: the same as servicesByInquiryCount(moreThan: 0)', async () => {
    const found = await ok('{ findServices(first: 100) { totalCount edges { node { id } } } }');
    const counted = await ok('{ servicesByInquiryCount(moreThan: 0, first: 100) { totalCount edges { node { id } } } }');
    expect(found.findServices.totalCount).toBe(counted.servicesByInquiryCount.totalCount);
    expect(found.findServices.edges).toEqual(counted.servicesByInquiryCount.edges);
  });

  it('an empty range or an unknown agency is an empty list; a negative count is BAD_USER_INPUT', async () => {
    const empty = await ok('{ findServices(filter: { minInquiryCount: 30, maxInquiryCount: 29 }) { totalCount edges { cursor } } }');
    expect(empty.findServices).toEqual({ totalCount: 0, edges: [] });
    const unknown = await ok('{ findServices(filter: { providerId: "x" }) { totalCount } }');
    expect(unknown.findServices.totalCount).toBe(0);
    for (const [query, argument] of [
      ['{ findServices(filter: { minInquiryCount: -1 }) { totalCount } }', 'filter.minInquiryCount'],
    ]) {
      const { errors } = await stack.query(query!);
      expect(errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', ...{ argument } }) })]);
    }
  });

  it('by Persian name: the catalogue’s names in Intl.Collator(\'fa\') order, then id, page by page, nothing lost or repeated', async () => {
    const filter = { channel: 'PAPER', minInquiryCount: 10 };
    const everyOne = await collectPages<any>(stack, `query($first: Int, $after: String, $filter: ServiceFinderFilter) {
      findServices(filter: $filter, first: $first, after: $after) { totalCount edges { cursor node { id name { fa } } } ${PAGE_INFO} }
    }`, (d) => d.findServices, { filter });
    const byName = [...everyOne.nodes].sort((a: any, b: any) => new Intl.Collator('fa').compare(a.name.fa, b.name.fa) || Number(a.id) - Number(b.id));
    const { nodes, cursors, totalCount, pages } = await collectPages<any>(stack, FIND, (d) => d.findServices, { filter, orderBy: 'NAME' }, 7);
    expect(totalCount).toBe(everyOne.totalCount);
    expect(totalCount).toBeGreaterThan(20);
    expect(pages).toBe(Math.ceil(totalCount / 7));
    expect(new Set(cursors).size).toBe(totalCount);
    expect(nodes.map((node) => node.id)).toEqual(byName.map((service: any) => service.id));
    for (const node of nodes) expect(node.paperInquiryCount).toBeGreaterThan(0);
  });

  it('an owning project’s services, by Persian name, page by page; filtered by channel among them', async () => {
    const { projectByNumber: project } = await ok('{ projectByNumber(number: 1) { services { id name { fa } paperInquiryCount } } }');
    const byName = [...project.services].sort((a: any, b: any) => new Intl.Collator('fa').compare(a.name.fa, b.name.fa) || Number(a.id) - Number(b.id));
    const { nodes, totalCount, pages } = await collectPages<any>(
      stack,
      `query($first: Int, $after: String) { projectByNumber(number: 1) { findServices(orderBy: NAME, first: $first, after: $after) { totalCount edges { cursor node { id name { fa } } } ${PAGE_INFO} } } }`,
      (d) => d.projectByNumber.findServices,
      {},
      2,
    );
    expect(totalCount).toBe(project.services.length);
    expect(pages).toBe(Math.ceil(project.services.length / 2));
    expect(nodes.map((node) => node.id)).toEqual(byName.map((service: any) => service.id));
    const paper = await ok('{ projectByNumber(number: 1) { findServices(filter: { channel: PAPER }, orderBy: PAPER_INQUIRY_COUNT_DESC) { totalCount edges { node { id paperInquiryCount } } } } }');
    const withPaper = project.services.filter((service: any) => service.paperInquiryCount > 0);
    expect(paper.projectByNumber.findServices.totalCount).toBe(withPaper.length);
    expect(descending(paper.projectByNumber.findServices.edges.map((edge: any) => edge.node.paperInquiryCount))).toBe(true);
  });
});

describe('agencies compared', () => {
  it('ranked by their newest assessment score, each with the figures read another way', async () => {
    const { nodes, totalCount } = await collectPages<any>(
      stack,
      `query($first: Int, $after: String) { agenciesByAssessment(first: $first, after: $after) { totalCount edges { cursor node {
        id assessmentScore assessments { overall } serviceCount services(first: 0) { totalCount }
        inquirySummary { links paperLinks paperShare inquiriesProvided paperInquiriesProvided dependentServices servicesNeedingInquiries inquiriesNeeded }
        inquiriesProvided { id channel } dependentServices(first: 0) { totalCount }
      } } ${PAGE_INFO} } }`,
      (d) => d.agenciesByAssessment,
      {},
      25,
    );
    expect(totalCount).toBe(93);
    expect(nodes).toHaveLength(93);
    expect(descending(nodes.map((node) => node.assessmentScore))).toBe(true);
    for (const node of nodes) {
      expect(node.assessmentScore).toBe(node.assessments[0].overall);
      expect(node.serviceCount).toBe(node.services.totalCount);
      expect(node.inquirySummary.inquiriesProvided).toBe(node.inquiriesProvided.length);
      expect(node.inquirySummary.paperInquiriesProvided).toBe(node.inquiriesProvided.filter((inquiry: any) => inquiry.channel === 'PAPER').length);
      expect(node.inquirySummary.dependentServices).toBe(node.dependentServices.totalCount);
      expect(node.inquirySummary.servicesNeedingInquiries).toBeLessThanOrEqual(node.serviceCount);
      expect(node.inquirySummary.inquiriesNeeded).toBeLessThanOrEqual(node.inquirySummary.links);
      expect(node.inquirySummary.paperShare).toBeCloseTo(node.inquirySummary.links ? node.inquirySummary.paperLinks / node.inquirySummary.links : 0);
    }
  });

  it('the summaries of every agency add up to the inquiry totals', async () => {
    const { nodes } = await collectPages<any>(
      stack,
      'query($first: Int, $after: String) { agencies(first: $first, after: $after) { totalCount edges { cursor node { id inquirySummary { links paperLinks } } } pageInfo { hasNextPage endCursor } } }',
      (d) => d.agencies,
    );
    const { inquiryStats, paperInquiryReport } = await ok('{ inquiryStats { links } paperInquiryReport(first: 0) { paperLinks } }');
    expect(nodes.reduce((sum, node) => sum + node.inquirySummary.links, 0)).toBe(inquiryStats.links);
    expect(nodes.reduce((sum, node) => sum + node.inquirySummary.paperLinks, 0)).toBe(paperInquiryReport.paperLinks);
  });
});

describe('the critical providers', () => {
  it('the whole ranking is reachable, its head the same as the deprecated list’s', async () => {
    const { nodes, totalCount } = await collectPages<any>(
      stack,
      `query($first: Int, $after: String) { criticalProviderRanking(maxDepth: 5, first: $first, after: $after) { totalCount edges { cursor node { agency { id } directServices transitiveServices } } ${PAGE_INFO} } }`,
      (d) => d.criticalProviderRanking,
      {},
      30,
    );
    expect(totalCount).toBe(108);
    expect(new Set(nodes.map((node) => node.agency.id)).size).toBe(108);
    const { criticalProviders } = await ok('{ criticalProviders(first: 100, maxDepth: 5) { agency { id } directServices transitiveServices } }');
    expect(nodes.slice(0, 100)).toEqual(criticalProviders);
    for (let index = 1; index < nodes.length; index += 1) {
      const [before, after] = [nodes[index - 1], nodes[index]];
      const key = (node: any) => [node.transitiveServices, node.directServices, -Number(node.agency.id)];
      const [a, b] = [key(before), key(after)];
      expect(a[0]! > b[0]! || (a[0] === b[0] && (a[1]! > b[1]! || (a[1] === b[1] && a[2]! > b[2]!)))).toBe(true);
    }
  });

  it('the old field is deprecated with its reason, naming the connection', async () => {
    const { __type } = await ok('{ __type(name: "Query") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }');
    const old = __type.fields.find((field: any) => field.name === 'criticalProviders');
    expect(old).toEqual({ name: 'criticalProviders', isDeprecated: true, deprecationReason: expect.stringContaining('criticalProviderRanking') });
  });
});

describe('the agency network in one download', () => {
  it('agencyNetwork: every edge of agencyDependencies at once, its links those of inquiryStats', async () => {
    const { agencyNetwork, agencyDependencies, inquiryStats } = await ok(
      '{ agencyNetwork { links paperLinks agencies { id } edges { consumer { id } provider { id } links } } agencyDependencies(first: 0) { totalCount } inquiryStats { links paperShare } }',
    );
    expect(agencyNetwork.edges).toHaveLength(agencyDependencies.totalCount);
    expect(agencyNetwork.edges.length).toBe(4383);
    expect(agencyNetwork.links).toBe(inquiryStats.links);
    expect(agencyNetwork.paperLinks / agencyNetwork.links).toBeCloseTo(inquiryStats.paperShare);
    const onEdges = new Set(agencyNetwork.edges.flatMap((edge: any) => [edge.consumer.id, edge.provider.id]));
    expect(agencyNetwork.agencies.map((agency: any) => agency.id).sort()).toEqual([...onEdges].sort());
    expect(descending(agencyNetwork.edges.map((edge: any) => edge.links))).toBe(true);
  });

  it('GET /downloads/agency-network.graphml: a node per agency, an edge per dependency, the weights as data', async () => {
    const url = new URL('/downloads/agency-network.graphml?minLinks=20', stack.gateway.url);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphml\+xml/);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="agency-network.graphml"');
    const graphml = await response.text();
    const { agencyNetwork } = await ok('{ agencyNetwork(minLinks: 20) { agencies { id name { fa } } edges { consumer { id } provider { id } links } } }');
    expect(graphml.match(/<node /g)).toHaveLength(agencyNetwork.agencies.length);
    expect(graphml.match(/<edge /g)).toHaveLength(agencyNetwork.edges.length);
    const heaviest = agencyNetwork.edges[0];
    expect(graphml).toContain(`<edge id="e1" source="a${heaviest.consumer.id}" target="a${heaviest.provider.id}"><data key="links">${heaviest.links}</data>`);
    expect(graphml).toContain(agencyNetwork.agencies[0].name.fa);
  });

  it('a bad minLinks is a 400 with BAD_USER_INPUT, no stack', async () => {
    const response = await fetch(new URL('/downloads/agency-network.graphml?minLinks=-1', stack.gateway.url));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });

  it('the download’s operation is safelisted, so it runs on a safelist-only gateway too; names are escaped', () => {
    const manifest = buildManifest(join(ROOT, 'safelist', 'operations'));
    expect(manifest.operations.map((operation) => operation.id)).toContain(operationId(AGENCY_NETWORK_DOWNLOAD));
    const graphml = toGraphML([{ id: '1', code: 'A&B', name: { fa: '<x>', en: null } }], []);
    expect(graphml).toContain('<data key="code">A&amp;B</data><data key="name_fa">&lt;x&gt;</data></node>');
  });
});

describe('the README’s examples of these questions', () => {
  it('FindServices: 314 services with 10 to 30 inquiries and one on paper; the agency’s needs of the provider by name; the project by name', async () => {
    const { source, variables } = example('12-find-services.graphql');
    const data = await ok(source, variables);
    expect(data.findServices.totalCount).toBe(314);
    expect(data.findServices.edges).toHaveLength(20);
    expect(data.agencyNeeds.totalCount).toBeGreaterThan(0);
    const names = data.agencyNeeds.edges.map((edge: any) => edge.node.name.fa);
    expect(names).toEqual([...names].sort(new Intl.Collator('fa').compare));
    expect(data.projectByNumber.findServices.totalCount).toBe(5);
  });

  it('CompareAgencies: 93 assessed agencies, best first', async () => {
    const data = await ok(example('13-compare-agencies.graphql').source);
    expect(data.agenciesByAssessment.totalCount).toBe(93);
    expect(data.agenciesByAssessment.edges[0].node).toMatchObject({ code: 'AG-008', assessmentScore: 97 });
  });

  it('ProvidersAndNetwork: the first 100 of 108 providers, and all 4,383 edges', async () => {
    const data = await ok(example('14-providers-and-network.graphql').source);
    expect(data.criticalProviderRanking.totalCount).toBe(108);
    expect(data.criticalProviderRanking.pageInfo.hasNextPage).toBe(true);
    expect(data.agencyNetwork.edges).toHaveLength(4383);
  });
});

describe('statements per request', () => {
  const lists: [string, (first: number) => string][] = [
    ['findServices', (first) => `{ findServices(filter: { channel: PAPER, minInquiryCount: 5 }, orderBy: PAPER_INQUIRY_COUNT_DESC, first: ${first}) { totalCount edges { cursor node { id name { fa } inquiryCount paperInquiryCount agency { id name { fa } } project { id number } } } } }`],
    ['findServices by name', (first) => `{ findServices(filter: { minInquiryCount: 5 }, orderBy: NAME, first: ${first}) { totalCount edges { cursor node { id name { fa } inquiryCount agency { id name { fa } } } } } }`],
    ['PriorityProject.findServices', (first) => `{ projects { id findServices(orderBy: NAME, first: ${first}) { totalCount edges { cursor node { id name { fa } inquiryCount agency { id name { fa } } } } } } }`],
    ['agenciesByAssessment', (first) => `{ agenciesByAssessment(first: ${first}) { totalCount edges { cursor node { id name { fa } assessmentScore serviceCount inquirySummary { links paperShare inquiriesProvided dependentServices } impact { directServices transitiveServices } } } } }`],
    ['criticalProviderRanking', (first) => `{ criticalProviderRanking(first: ${first}) { totalCount edges { cursor node { agency { id name { fa } } directServices transitiveServices } } } }`],
  ];

  it.each(lists)('%s: the same at page size 5 and 100', async (_name, query) => {
    const counts: number[] = [];
    for (const first of [5, 100]) {
      const { statements } = await stack.countStatements(() => ok(query(first)));
      counts.push(statements);
    }
    expect(counts[0]).toBe(counts[1]);
  });
});

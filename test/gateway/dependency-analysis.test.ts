import { collectPages } from '../support/paging';
import { startTestStack, type TestStack } from '../support/stack';

/** The dependency analysis on the full seed: its figures must agree with one another and with inquiryStats. */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

const ok = (query: string, variables?: Record<string, unknown>) => stack.ok(query, variables);

interface ChainService {
  id: string;
  paperInquiryCount: number;
  dependencyChain: { depth: number; cycle: boolean; provider: { id: string } }[];
}

/** Every service's chain at the default depth 5, read through the gateway. */
let chains: ChainService[];
beforeAll(async () => {
  ({ nodes: chains } = await collectPages<ChainService>(
    stack,
    `query($first: Int, $after: String) { services(first: $first, after: $after) {
       totalCount edges { cursor node { id paperInquiryCount dependencyChain { depth cycle provider { id } } } } pageInfo { hasNextPage endCursor } } }`,
    (data) => data.services,
  ));
});

/** provider id → service id → the shallowest depth at which the service's chain reaches one of the provider's inquiries. */
function reachFromChains(): Map<string, Map<string, number>> {
  const reach = new Map<string, Map<string, number>>();
  for (const service of chains) {
    for (const step of service.dependencyChain) {
      const byService = reach.get(step.provider.id) ?? new Map<string, number>();
      byService.set(service.id, Math.min(byService.get(service.id) ?? Infinity, step.depth));
      reach.set(step.provider.id, byService);
    }
  }
  return reach;
}

describe('the seed’s chains', () => {
  it('have a minority of services three or more levels deep, and some cycles', () => {
    const depthOf = (service: ChainService) => Math.max(0, ...service.dependencyChain.map((step) => step.depth));
    const deep = chains.filter((service) => depthOf(service) >= 3).length;
    expect(deep).toBeGreaterThan(0);
    expect(deep).toBeLessThan(chains.length / 2);
    expect(chains.some((service) => service.dependencyChain.some((step) => step.cycle))).toBe(true);
  });
});

describe('Agency.impact on the seed', () => {
  it('lists exactly the services whose chains reach the agency, each at the depth its chain reaches it', async () => {
    const reach = reachFromChains();
    const { criticalProviders } = await ok('{ criticalProviders(first: 3) { agency { id } } }');
    const { inquiries } = await ok('{ inquiries(first: 1, filter: { channel: PAPER }) { edges { node { provider { id } } } } }');
    const agencies = [...criticalProviders.map((row: any) => row.agency.id), inquiries.edges[0].node.provider.id];
    for (const agencyId of agencies) {
      const { nodes, totalCount } = await collectPages<{ depth: number; id: string }>(
        stack,
        `query($id: ID!, $first: Int, $after: String) { agency(id: $id) { impact { services(first: $first, after: $after) {
           totalCount edges { cursor depth node { id } } pageInfo { hasNextPage endCursor } } } } }`,
        (data) => {
          const connection = data.agency.impact.services;
          return { ...connection, edges: connection.edges.map((edge: any) => ({ cursor: edge.cursor, node: { depth: edge.depth, id: edge.node.id } })) };
        },
        { id: agencyId },
      );
      const expected = reach.get(agencyId) ?? new Map();
      expect(totalCount).toBe(expected.size);
      expect(new Map(nodes.map((node) => [node.id, node.depth]))).toEqual(expected);
    }
  });

  it('ranks critical providers by the same counts', async () => {
    const reach = reachFromChains();
    const { criticalProviders } = await ok('{ criticalProviders(first: 100) { agency { id } directServices transitiveServices } }');
    expect(criticalProviders).toHaveLength(Math.min(100, reach.size));
    for (const row of criticalProviders) {
      const services = [...(reach.get(row.agency.id)?.values() ?? [])];
      expect([row.directServices, row.transitiveServices]).toEqual([services.filter((depth) => depth === 1).length, services.length]);
    }
    const totals = criticalProviders.map((row: any) => row.transitiveServices);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
  });

  it('names the projects owning the services that stop', async () => {
    const { criticalProviders } = await ok('{ criticalProviders(first: 1) { agency { id } } }');
    const id = criticalProviders[0].agency.id;
    const { nodes } = await collectPages<{ project: { number: number } | null }>(
      stack,
      `query($id: ID!, $first: Int, $after: String) { agency(id: $id) { impact { services(first: $first, after: $after) {
         totalCount edges { cursor node { project { number } } } pageInfo { hasNextPage endCursor } } } } }`,
      (data) => data.agency.impact.services,
      { id },
    );
    const expected = [...new Set(nodes.flatMap((node) => (node.project ? [node.project.number] : [])))].sort((a, b) => a - b);
    const { agency } = await ok('query($id: ID!) { agency(id: $id) { impact { projects { number } } } }', { id });
    expect(expected.length).toBeGreaterThan(0);
    expect(agency.impact.projects.map((project: any) => project.number)).toEqual(expected);
  });

  it('names each impact its own projects when one fetch asks them for several agencies', async () => {
    const { criticalProviders } = await ok('{ criticalProviders(first: 6) { agency { id } } }');
    const ids: string[] = criticalProviders.map((provider: any) => provider.agency.id);
    const alone = async (id: string, maxDepth: number) =>
      (await ok('query($id: ID!, $maxDepth: Int) { agency(id: $id) { impact(maxDepth: $maxDepth) { projects { number } } } }', { id, maxDepth })).agency.impact.projects;
    const together = await ok(`{ ${ids.map((id, index) => `a${index}: agency(id: "${id}") { impact(maxDepth: ${1 + (index % 3)}) { projects { number } } }`).join(' ')} }`);
    const answers = await Promise.all(ids.map((id, index) => alone(id, 1 + (index % 3))));
    ids.forEach((_, index) => expect(together[`a${index}`].impact.projects).toEqual(answers[index]));
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBeGreaterThan(1);
  });
});

describe('the agency network on the seed', () => {
  it('sums its links to inquiryStats.links, paper links to inquiryStats.paperShare', async () => {
    const { nodes, totalCount } = await collectPages<{ links: number; paperLinks: number; consumer: { id: string }; provider: { id: string } }>(
      stack,
      `query($first: Int, $after: String) { agencyDependencies(first: $first, after: $after) {
         totalCount edges { cursor node { links paperLinks consumer { id } provider { id } } } pageInfo { hasNextPage endCursor } } }`,
      (data) => data.agencyDependencies,
    );
    const { inquiryStats } = await ok('{ inquiryStats { links paperShare } }');
    expect(nodes).toHaveLength(totalCount);
    const links = nodes.reduce((sum, edge) => sum + edge.links, 0);
    const paper = nodes.reduce((sum, edge) => sum + edge.paperLinks, 0);
    expect(links).toBe(inquiryStats.links);
    expect(paper / links).toBeCloseTo(inquiryStats.paperShare, 12);
    const weights = nodes.map((edge) => edge.links);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(new Set(nodes.map((edge) => `${edge.consumer.id}>${edge.provider.id}`)).size).toBe(nodes.length);
  });

  it('shows each agency the same edges from both sides', async () => {
    const { agencyDependencies } = await ok('{ agencyDependencies(first: 1) { edges { node { consumer { id } provider { id } links } } } }');
    const { consumer, provider, links } = agencyDependencies.edges[0].node;
    const data = await ok(
      `query($consumer: ID!, $provider: ID!) {
        c: agency(id: $consumer) { dependsOn(first: 100) { edges { node { provider { id } links } } } }
        p: agency(id: $provider) { dependedOnBy(first: 100) { edges { node { consumer { id } links } } } }
      }`,
      { consumer: consumer.id, provider: provider.id },
    );
    expect(data.c.dependsOn.edges.find((edge: any) => edge.node.provider.id === provider.id).node.links).toBe(links);
    expect(data.p.dependedOnBy.edges.find((edge: any) => edge.node.consumer.id === consumer.id).node.links).toBe(links);
  });
});

describe('paper inquiries on the seed', () => {
  it('agree with inquiryStats and with the services’ paper counts', async () => {
    const { nodes } = await collectPages<{ links: number; paperLinks: number; paperServiceCount: number }>(
      stack,
      `query($first: Int, $after: String) { paperInquiryReport(first: $first, after: $after) {
         totalCount edges { cursor node { links paperLinks paperServiceCount } } pageInfo { hasNextPage endCursor } } }`,
      (data) => data.paperInquiryReport,
    );
    const { paperInquiryReport: totals, inquiryStats } = await ok('{ paperInquiryReport(first: 0) { links paperLinks paperShare } inquiryStats { links paperShare } }');
    expect(totals.links).toBe(inquiryStats.links);
    expect(totals.paperShare).toBeCloseTo(inquiryStats.paperShare, 12);
    expect(nodes.reduce((sum, row) => sum + row.links, 0)).toBe(totals.links);
    expect(nodes.reduce((sum, row) => sum + row.paperLinks, 0)).toBe(totals.paperLinks);
    expect(nodes.reduce((sum, row) => sum + row.paperServiceCount, 0)).toBe(chains.filter((service) => service.paperInquiryCount > 0).length);
    const paper = nodes.map((row) => row.paperLinks);
    expect(paper).toEqual([...paper].sort((a, b) => b - a));
  });
});

describe('project inquiry profiles on the seed', () => {
  it('count the distinct inquiries of each project’s services and sub-services, and the providers outside it', async () => {
    const { projects } = await ok(`{ projects {
      agencies { id }
      services { inquiries { id channel provider { id } } }
      subServices { inquiries { id channel provider { id } } }
      inquiryProfile { inquiryCount paperInquiryCount paperShare providers { id } externalProviders { id } }
    } }`);
    for (const project of projects) {
      const inquiries = new Map<string, { channel: string; provider: { id: string } }>();
      for (const owner of [...project.services, ...project.subServices]) for (const inquiry of owner.inquiries) inquiries.set(inquiry.id, inquiry);
      const providers = [...new Set([...inquiries.values()].map((inquiry) => inquiry.provider.id))].sort((a, b) => Number(a) - Number(b));
      const own = new Set(project.agencies.map((agency: any) => agency.id));
      const paper = [...inquiries.values()].filter((inquiry) => inquiry.channel === 'PAPER').length;
      expect(project.inquiryProfile).toEqual({
        inquiryCount: inquiries.size,
        paperInquiryCount: paper,
        paperShare: inquiries.size ? paper / inquiries.size : 0,
        providers: providers.map((id) => ({ id })),
        externalProviders: providers.filter((id) => !own.has(id)).map((id) => ({ id })),
      });
    }
    expect(projects.some((project: any) => project.inquiryProfile.externalProviders.length > 0)).toBe(true);
  });
});

import { startTestStack, type TestStack } from '../support/stack';

/** Each user's questions through the gateway, their answers checked against the seed's figures (the README's own examples run in test/examples/apollo-client.test.ts). */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

const ok = (query: string, variables?: Record<string, unknown>) => stack.ok(query, variables);

describe('policy staff', () => {
  it('list the services with more than 20 inquiries, with agency and owning project, most first', async () => {
    const { servicesByInquiryCount: page } = await ok(`{
      servicesByInquiryCount(moreThan: 20, first: 50) {
        totalCount
        edges { node { id name { fa en } agency { name { fa en } } inquiryCount project { number name { fa en } } } }
        pageInfo { hasNextPage endCursor }
      }
    }`);
    expect(page.totalCount).toBe(241);
    expect(page.edges).toHaveLength(50);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const counts = page.edges.map((edge: any) => edge.node.inquiryCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const { node } of page.edges) {
      expect(node.inquiryCount).toBeGreaterThan(20);
      expect(node.name.fa).toMatch(/[\u0600-\u06ff]/);
      expect(node.name.en).toMatch(/[a-z]/i);
      expect(node.agency.name.fa).toMatch(/[\u0600-\u06ff]/);
    }
  });
});

describe('analysts', () => {
  it('see one service’s inquiries, their providers and channels, and its provider agencies', async () => {
    const { servicesByInquiryCount } = await ok('{ servicesByInquiryCount(moreThan: 20, first: 1) { edges { node { id } } } }');
    const id = servicesByInquiryCount.edges[0].node.id;
    const { service } = await ok(
      `query($id: ID!) { service(id: $id) {
        name { fa } inquiryCount
        inquiries { id name { fa en } provider { id name { fa } } channel electronic }
        providerAgencies { id name { fa en } }
      } }`,
      { id },
    );
    expect(service.inquiries).toHaveLength(service.inquiryCount);
    const providers = new Set(service.inquiries.map((inquiry: any) => inquiry.provider.id));
    expect(service.providerAgencies.map((agency: any) => agency.id).sort()).toEqual([...providers].sort());
    for (const inquiry of service.inquiries) {
      expect(['NIX', 'DIRECT', 'PAPER']).toContain(inquiry.channel);
      expect(inquiry.electronic).toBe(inquiry.channel !== 'PAPER');
      expect(inquiry.provider.name.fa).toMatch(/[\u0600-\u06ff]/);
    }
  });

  it('see one agency’s dependent services and the inquiries it provides, consistently', async () => {
    const { inquiries } = await ok('{ inquiries(first: 1, filter: { search: "هویت" }) { edges { node { provider { id } } } } }');
    const agencyId = inquiries.edges[0].node.provider.id;
    const { agency } = await ok(
      `query($id: ID!) { agency(id: $id) {
        name { fa en }
        inquiriesProvided { id neededByCount }
        dependentServices(first: 20) { totalCount edges { node { id name { fa } inquiries { provider { id } } } } }
      } }`,
      { id: agencyId },
    );
    expect(agency.inquiriesProvided.length).toBeGreaterThan(0);
    expect(agency.dependentServices.totalCount).toBeGreaterThan(0);
    for (const { node } of agency.dependentServices.edges) {
      expect(node.inquiries.some((inquiry: any) => inquiry.provider.id === agencyId)).toBe(true);
    }
    const maxNeeded = Math.max(...agency.inquiriesProvided.map((inquiry: any) => inquiry.neededByCount));
    expect(agency.dependentServices.totalCount).toBeGreaterThanOrEqual(maxNeeded);
  });

  it('see which services need an inquiry', async () => {
    const { inquiries } = await ok('{ inquiries(first: 1) { edges { node { id neededByCount neededBy(first: 100) { totalCount edges { node { id inquiries { id } } } } } } } }');
    const inquiry = inquiries.edges[0].node;
    expect(inquiry.neededBy.totalCount).toBe(inquiry.neededByCount);
    for (const { node } of inquiry.neededBy.edges) expect(node.inquiries.map((item: any) => item.id)).toContain(inquiry.id);
  });
});

describe('analysts: dependency analysis', () => {
  it('follow a service’s chain and see what stops when its deepest provider goes down', async () => {
    const { servicesByInquiryCount } = await ok('{ servicesByInquiryCount(moreThan: 20, first: 50) { edges { node { id dependencyChain { depth provider { id } } } } } }');
    const service = servicesByInquiryCount.edges.map((edge: any) => edge.node).find((node: any) => node.dependencyChain.some((step: any) => step.depth >= 3));
    const deepest = service.dependencyChain.at(-1);
    const data = await ok(
      `query ($service: ID!, $agency: ID!) {
        service(id: $service) {
          name { fa }
          inquiryCount transitiveInquiryCount(maxDepth: 5)
          dependencyChain(maxDepth: 5) { depth path cycle inquiry { name { fa } answeredBy { name { fa } } } provider { name { fa } } }
          paperInquiries { name { fa } provider { name { fa } } }
        }
        agency(id: $agency) {
          impact(maxDepth: 5) {
            directServices transitiveServices
            services(first: 20) { totalCount edges { depth node { id name { fa } agency { name { fa } } } } }
            projects { number name { fa } }
          }
          dependsOn(first: 10) { edges { node { provider { name { fa } } links paperLinks services } } }
          dependedOnBy(first: 10) { edges { node { consumer { name { fa } } links } } }
        }
      }`,
      { service: service.id, agency: deepest.provider.id },
    );
    expect(data.service.transitiveInquiryCount).toBeGreaterThan(data.service.inquiryCount);
    expect(data.service.dependencyChain.every((step: any) => step.path.length === step.depth)).toBe(true);
    expect(data.service.dependencyChain.filter((step: any) => step.depth > 1).every((step: any) => step.path.length > 1)).toBe(true);
    expect(data.agency.impact.transitiveServices).toBeGreaterThanOrEqual(data.agency.impact.directServices);
    expect(data.agency.impact.services.totalCount).toBe(data.agency.impact.transitiveServices);
    expect(data.agency.dependedOnBy.edges.length).toBeGreaterThan(0);
  });

  it('see the agency network, paper inquiries, critical providers and project profiles in one query', async () => {
    const data = await ok(`{
      agencyDependencies(minLinks: 50, first: 20) { totalCount edges { node { consumer { name { fa } } provider { name { fa } } links paperLinks services } } }
      paperInquiryReport(first: 20) {
        links paperLinks paperShare
        edges { node { agency { name { fa } } paperLinks paperShare paperServiceCount paperServices(first: 5) { edges { node { name { fa } } } } } }
      }
      criticalProviders(first: 10) { agency { name { fa en } } directServices transitiveServices }
      projects { number name { fa } inquiryProfile { inquiryCount paperShare providers { name { fa } } externalProviders { name { fa } } } }
      inquiryStats { links paperShare }
    }`);
    expect(data.agencyDependencies.edges.every((edge: any) => edge.node.links >= 50)).toBe(true);
    expect(data.paperInquiryReport.links).toBe(data.inquiryStats.links);
    expect(data.criticalProviders).toHaveLength(10);
    expect(data.criticalProviders[0].agency.name.fa).toMatch(/[\u0600-\u06ff]/);
    expect(data.projects).toHaveLength(23);
  });
});

describe('frontend teams', () => {
  it('list the agencies not connected to the national window', async () => {
    const { agencies } = await ok('{ agencies(first: 100, filter: { windowConnection: NOT_CONNECTED, obligedToConnect: true }) { totalCount edges { node { id name { fa } windowConnection } } } }');
    expect(agencies.totalCount).toBe(17);
    expect(agencies.edges.every((edge: any) => edge.node.windowConnection === 'NOT_CONNECTED')).toBe(true);
  });

  it('browse an agency’s services and a service’s sub-services', async () => {
    const { agencies } = await ok('{ agencies(first: 3) { edges { node { id services(first: 5) { totalCount edges { node { id agency { id } subServices { service { id } } steps { receipt processing delivery } } } } } } } }');
    for (const { node: agency } of agencies.edges) {
      for (const { node: service } of agency.services.edges) {
        expect(service.agency.id).toBe(agency.id);
        expect(service.steps.receipt).toBe('ELECTRONIC');
        for (const subService of service.subServices) expect(subService.service.id).toBe(service.id);
      }
    }
  });
});

describe('projects', () => {
  it('list the projects with lead agency and services, and their totals', async () => {
    const { projects, projectStats } = await ok(`{
      projects { number name { fa en } leadAgency { name { fa } } services { name { fa } inquiryCount } progress status version }
      projectStats { projects services subServices agencies }
    }`);
    expect(projects).toHaveLength(projectStats.projects);
    expect(projects.reduce((sum: number, project: any) => sum + project.services.length, 0)).toBe(projectStats.services);
    for (const project of projects) {
      expect(project.leadAgency.name.fa).toMatch(/[\u0600-\u06ff]/);
      expect(project.progress).toBeGreaterThanOrEqual(0);
      expect(project.progress).toBeLessThan(100);
      // The deadline (2020-11-29) has passed and no project is complete.
      expect(project.status).toBe('DELAYED');
      for (const service of project.services) expect(service.inquiryCount).toBeGreaterThanOrEqual(0);
    }
  });

  it('find a project by number, with its agencies, reports (newest first) and tickets', async () => {
    const { projectByNumber } = await ok(`{ projectByNumber(number: 6) {
      id number name { en } agencies { id projects { number } } reports { progress reportedAt agency { id } } tickets { status openedAt } open: tickets(status: OPEN) { status }
    } }`);
    expect(projectByNumber.number).toBe(6);
    for (const agency of projectByNumber.agencies) expect(agency.projects.map((project: any) => project.number)).toContain(6);
    const times = projectByNumber.reports.map((report: any) => report.reportedAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(projectByNumber.open.every((ticket: any) => ticket.status === 'OPEN')).toBe(true);
  });
});

describe('changes over time', () => {
  const agencyOf = async () => (await ok('{ paperInquiryReport(first: 1) { edges { node { agency { id } paperLinks } } } }')).paperInquiryReport.edges[0].node;

  it('policy staff see the paper share fall, overall and for one agency', async () => {
    const row = await agencyOf();
    const { overall, mine } = await ok(
      `query ($agency: ID!) {
        overall: inquiryChannelTrend(interval: MONTH, from: "2018-07-31") { period links paperLinks nixLinks paperShare nixShare }
        mine: inquiryChannelTrend(interval: MONTH, from: "2023-01-01", consumerAgencyId: $agency) { period paperLinks paperShare }
      }`,
      { agency: row.agency.id },
    );
    expect(overall[0]).toMatchObject({ period: '2018-07-01', links: 11_061, paperLinks: 4397 });
    expect(overall.at(-1).paperLinks).toBe(1504);
    expect(Math.round(overall.at(-1).paperShare * 1000) / 10).toBe(13.6);
    expect(mine[0].period).toBe('2023-01-01');
    expect(mine.at(-1).paperLinks).toBe(row.paperLinks);
  });

  it('consumers that sync read both feeds, oldest first', async () => {
    const { inquiryChanges, catalogueChanges } = await ok(`{
      inquiryChanges(first: 50) {
        totalCount
        edges { cursor node { at action recordKind subject agency { code } before after generated inquiry { code channel version updatedAt } service { code } } }
        pageInfo { endCursor hasNextPage }
      }
      catalogueChanges(first: 50) {
        edges { cursor node { at action recordKind subject before after record { ... on Service { code name { fa } } ... on Agency { code } ... on SubService { code } } } }
        pageInfo { endCursor hasNextPage }
      }
    }`);
    expect(inquiryChanges.totalCount).toBe(599);
    expect(inquiryChanges.edges[0].node).toMatchObject({ at: '2018-12-14T15:00:00.000Z', action: 'SET_CHANNEL', recordKind: 'INQUIRY', subject: 'seed', before: { channel: 'PAPER' }, after: { channel: 'NIX' }, generated: true, inquiry: { code: 'INQ-00616' }, service: null });
    expect(inquiryChanges.edges[0].node.agency.code).toMatch(/^AG-/);
    expect(inquiryChanges.pageInfo.hasNextPage).toBe(true);
    expect(catalogueChanges.edges).toEqual([]);
  });

  it('each record carries its version, timestamps and history', async () => {
    const row = await agencyOf();
    const { agency } = await ok(
      `query ($agency: ID!) {
        agency(id: $agency) {
          version updatedAt
          inquiriesProvided { code channel version createdAt updatedAt history(first: 5) { totalCount edges { node { at action before after } } } }
        }
      }`,
      { agency: row.agency.id },
    );
    expect(agency.version).toBe(1);
    for (const inquiry of agency.inquiriesProvided) {
      expect(inquiry.version).toBe(1 + inquiry.history.totalCount);
      expect(inquiry.createdAt).toBe('2018-07-31T00:00:00.000Z');
      if (inquiry.history.totalCount > 0) expect(inquiry.updatedAt).toBe(inquiry.history.edges.at(-1).node.at);
    }
  });
});

import { startTestStack, type TestStack } from '../support/stack';

/** One subgraph fetch costs one SQL statement per field batch, whatever the page size. */
let stack: TestStack;
beforeAll(async () => {
  // Pages of 100 under nested lists cost more than the default limit allows: the batching is what is measured here.
  stack = await startTestStack({ MAX_COST: '1000000' });
});
afterAll(() => stack.stop());

const WIDE = `query($first: Int) {
  servicesByInquiryCount(moreThan: 0, first: $first) {
    totalCount
    edges { node {
      name { fa } isLicense
      agency { name { fa } windowConnection assessments { overall } projects { number } }
      inquiryCount paperInquiryCount
      providerAgencies { name { fa } }
      inquiries { name { fa } channel neededByCount provider { code } }
      subServices { name { fa } inquiryCount project { number } }
      project { number leadAgency { name { fa } } agencies { code } }
    } }
  }
}`;

const AGENCIES = `query($first: Int) {
  agencies(first: $first) { edges { node {
    name { fa } services(first: 5) { totalCount edges { node { name { fa } inquiryCount } } }
    dependentServices(first: 5) { totalCount edges { node { code } } }
    inquiriesProvided { code } projects { number }
  } } }
}`;

const CHAINS = `query($first: Int) {
  servicesByInquiryCount(moreThan: 0, first: $first) { edges { node {
    dependencyChain { depth path cycle inquiry { code answeredBy { name { fa } } } provider { name { fa } } }
    transitiveInquiryCount(maxDepth: 3) paperInquiries { code }
    project { inquiryProfile { inquiryCount externalProviders { name { fa } } } }
  } } }
}`;

const NETWORK = `query($first: Int) {
  agencies(first: $first) { edges { node {
    impact(maxDepth: 4) { directServices transitiveServices services(first: 3) { edges { depth node { name { fa } } } } projects { number } }
    dependsOn(first: 3) { totalCount edges { node { provider { name { fa } } links paperShare } } }
    dependedOnBy(first: 3) { totalCount edges { node { consumer { code } } } }
  } } }
  agencyDependencies(first: $first) { edges { node { consumer { name { fa } } provider { code } links } } }
  paperInquiryReport(first: $first) { links edges { node { agency { code } paperServices(first: 3) { edges { node { name { fa } } } } } } }
  criticalProviders(first: $first) { agency { name { fa } } transitiveServices }
}`;

describe.each([
  ['heavy services across three subgraphs', WIDE],
  ['agencies with nested connections', AGENCIES],
  ['dependency chains, paper inquiries and project profiles', CHAINS],
  ['the agency network, impact, paper report and critical providers', NETWORK],
])('%s', (_name, query) => {
  it('issue the same, small number of SQL statements for 5 rows as for 100', async () => {
    const count = async (first: number) => {
      const { result, statements } = await stack.countStatements(() => stack.query(query, { first }));
      expect(result.errors).toBeUndefined();
      return statements;
    };
    const few = await count(5);
    const many = await count(100);
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(20);
  });
});

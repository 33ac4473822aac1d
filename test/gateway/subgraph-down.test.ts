import { startTestStack, type TestStack } from '../support/stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

it('an unreachable subgraph gives the other subgraphs’ data and an error naming it; the gateway stays up', async () => {
  const query = '{ servicesByInquiryCount(moreThan: 20, first: 3) { totalCount edges { node { id name { fa } inquiryCount project { number } } } } }';
  const before = await stack.query(query);
  expect(before.errors).toBeUndefined();

  await stack.subgraphs.projects.stop();
  const during = await stack.query(query);
  expect(during.status).toBe(200);
  expect(during.data.servicesByInquiryCount.totalCount).toBe(241);
  for (const { node } of during.data.servicesByInquiryCount.edges) {
    expect(node.name.fa).toMatch(/[\u0600-\u06ff]/);
    expect(node.project).toBeNull();
  }
  expect(during.errors).toHaveLength(1);
  expect(during.errors![0].extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'projects' });
  expect(during.errors![0].message).toContain('projects');
  expect(JSON.stringify(during.errors)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/);

  const other = await stack.query('{ catalogueStats { services } }');
  expect(other.data.catalogueStats.services).toBe(779);
});

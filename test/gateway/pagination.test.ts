import { collectPages } from '../support/paging';
import { startTestStack, type TestStack } from '../support/stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

const PAGE = 'totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

const lists: [name: string, query: string, pick: (data: any) => any][] = [
  ['servicesByInquiryCount', `query($first: Int, $after: String) { servicesByInquiryCount(moreThan: 20, first: $first, after: $after) { ${PAGE} } }`, (d) => d.servicesByInquiryCount],
  ['services', `query($first: Int, $after: String) { services(first: $first, after: $after) { ${PAGE} } }`, (d) => d.services],
  ['agencies', `query($first: Int, $after: String) { agencies(first: $first, after: $after) { ${PAGE} } }`, (d) => d.agencies],
  ['inquiries', `query($first: Int, $after: String) { inquiries(first: $first, after: $after) { ${PAGE} } }`, (d) => d.inquiries],
];

describe.each(lists)('%s', (_name, query, pick) => {
  it.each([7, 50, 100])('loses and repeats nothing across pages of %i', async (first) => {
    const { nodes, totalCount, pages } = await collectPages<{ id: string }>(stack, query, pick, {}, first);
    const ids = nodes.map((node) => node.id);
    expect(ids).toHaveLength(totalCount);
    expect(new Set(ids).size).toBe(totalCount);
    expect(pages).toBe(Math.max(1, Math.ceil(totalCount / first)));
  });
});

describe('servicesByInquiryCount pages', () => {
  it('yield all 241 heavy services, inquiry count descending, ties by id', async () => {
    const { nodes } = await collectPages<{ id: string; inquiryCount: number }>(
      stack,
      `query($first: Int, $after: String) { servicesByInquiryCount(moreThan: 20, first: $first, after: $after) {
        totalCount edges { cursor node { id inquiryCount } } pageInfo { hasNextPage endCursor } } }`,
      (data) => data.servicesByInquiryCount,
      {},
      50,
    );
    expect(nodes).toHaveLength(241);
    for (let index = 1; index < nodes.length; index += 1) {
      const [previous, current] = [nodes[index - 1], nodes[index]];
      const ordered = previous.inquiryCount > current.inquiryCount || (previous.inquiryCount === current.inquiryCount && Number(previous.id) < Number(current.id));
      expect(ordered).toBe(true);
    }
  });
});

describe('cursors', () => {
  it('are opaque, stable and name the same item whatever the page size', async () => {
    const small = await stack.query('{ services(first: 3) { edges { cursor node { id } } pageInfo { hasPreviousPage startCursor endCursor } } }');
    const large = await stack.query('{ services(first: 30) { edges { cursor node { id } } } }');
    const edges = small.data.services.edges;
    expect(large.data.services.edges.slice(0, 3)).toEqual(edges);
    expect(edges[0].cursor).not.toContain(edges[0].node.id);
    expect(small.data.services.pageInfo).toEqual({ hasPreviousPage: false, startCursor: edges[0].cursor, endCursor: edges[2].cursor });
    const next = await stack.query('query($after: String) { services(first: 2, after: $after) { edges { node { id } } pageInfo { hasPreviousPage } } }', { after: edges[0].cursor });
    expect(next.data.services.edges.map((edge: any) => edge.node.id)).toEqual([edges[1].node.id, edges[2].node.id]);
    expect(next.data.services.pageInfo.hasPreviousPage).toBe(true);
  });

  it('page a nested connection (Agency.services) for several agencies at once', async () => {
    const { data } = await stack.query('{ agencies(first: 10) { edges { node { id services(first: 2) { totalCount edges { cursor node { id agency { id } } } pageInfo { hasNextPage endCursor } } } } } }');
    for (const { node: agency } of data.agencies.edges) {
      const { services } = agency;
      expect(services.edges.length).toBe(Math.min(2, services.totalCount));
      expect(services.pageInfo.hasNextPage).toBe(services.totalCount > 2);
      if (!services.pageInfo.hasNextPage) continue;
      const rest = await collectPages<{ id: string }>(
        stack,
        `query($id: ID!, $first: Int, $after: String) { agency(id: $id) { services(first: $first, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }`,
        (result) => result.agency.services,
        { id: agency.id },
        2,
      );
      expect(new Set(rest.nodes.map((node) => node.id)).size).toBe(services.totalCount);
    }
  });

  it('of an empty page are null, with the total still counted', async () => {
    const { data } = await stack.query('{ services(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage startCursor endCursor } } }');
    expect(data.services).toEqual({ totalCount: 779, edges: [], pageInfo: { hasNextPage: true, startCursor: null, endCursor: null } });
  });
});

import type { GatewayContext } from '../../../gateway/context';
import { coalesce } from '../../../gateway/subgraph-fetch/coalesce';
import { entitiesAnswer } from '../../../gateway/subgraph-fetch/entities';
import type { Fetch, SubgraphAnswer, SubgraphRequest } from '../../../gateway/subgraph-fetch/types';
import { scrape, total } from '../../support/prometheus';
import { startTestStack, type TestStack } from '../../support/stack';
import { contextOf, entitiesOf, ENTITIES_QUERY } from '../../support/subgraph-fetch';

describe("one request's parallel `_entities` reads of one selection, as one fetch", () => {
  /** Both gateway caches off: every read reaches the subgraphs, so the fetches counted are the plan's. */
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ RESPONSE_CACHE: 'false', ENTITY_CACHE: 'false' });
  }, 60_000);
  afterAll(() => stack.stop());

  const catalogueFetches = async () => total(await scrape(stack.gateway.internalUrl), 'panjare_subgraph_fetches_total', { subgraph: 'catalogue' });
  async function observe<T>(run: () => Promise<T>) {
    const [fetches, statements] = [await catalogueFetches(), stack.subgraphs.catalogue.statements.count];
    const result = await run();
    return { result, fetches: (await catalogueFetches()) - fetches, statements: stack.subgraphs.catalogue.statements.count - statements };
  }

  // The planner asks the catalogue for Agency names twice, in parallel: at service.inquiries.@.provider and at service.providerAgencies.@.
  const BOTH = `query Both($id: ID!) { service(id: $id) { inquiries { id provider { id name { fa } } } providerAgencies { id name { fa } } } }`;
  const PROVIDERS = `query Providers($id: ID!) { service(id: $id) { inquiries { id provider { id name { fa } } } } }`;
  const AGENCIES = `query Agencies($id: ID!) { service(id: $id) { providerAgencies { id name { fa } } } }`;

  it('sends both reads as one catalogue fetch and one SQL statement, each agency once, and answers as the reads apart do', async () => {
    const { services } = await stack.ok(`{ servicesByInquiryCount(moreThan: 5, first: 3) { edges { node { id } } } }`).then((data: any) => ({ services: data.servicesByInquiryCount.edges.map((edge: any) => edge.node.id as string) }));
    expect(services.length).toBeGreaterThan(0);
    for (const id of services) {
      const both = await observe(() => stack.ok(BOTH, { id }));
      // The root read of the service, then one read of the agencies where the plan has two.
      expect(both.fetches).toBe(2);
      expect(both.statements).toBe(2);
      const apart = await observe(async () => ({ ...(await stack.ok(PROVIDERS, { id })).service, ...(await stack.ok(AGENCIES, { id })).service }));
      expect(apart.fetches).toBe(4);
      expect(both.result.service).toEqual(apart.result);
      const inquiries = both.result.service.inquiries as { provider: { id: string } }[];
      // The same agencies at both paths: the merged fetch carried each once.
      expect(new Set(inquiries.map((inquiry) => inquiry.provider.id))).toEqual(new Set(both.result.service.providerAgencies.map((agency: { id: string }) => agency.id)));
    }
  });

  it('with SUBGRAPH_COALESCE=false the plan runs as planned: one fetch per read', async () => {
    const apart = await startTestStack({ RESPONSE_CACHE: 'false', ENTITY_CACHE: 'false', SUBGRAPH_COALESCE: 'false' });
    try {
      const before = total(await scrape(apart.gateway.internalUrl), 'panjare_subgraph_fetches_total', { subgraph: 'catalogue' });
      const { servicesByInquiryCount } = await apart.ok(`{ servicesByInquiryCount(moreThan: 5, first: 1) { edges { node { id } } } }`);
      const data = await apart.ok(BOTH, { id: servicesByInquiryCount.edges[0].node.id });
      expect(data.service.providerAgencies.length).toBeGreaterThan(0);
      // servicesByInquiryCount's ids come from the inquiries subgraph; then the service, and the agencies twice.
      expect(total(await scrape(apart.gateway.internalUrl), 'panjare_subgraph_fetches_total', { subgraph: 'catalogue' }) - before).toBe(3);
    } finally {
      await apart.stop();
    }
  });
});

describe('the coalesce stage', () => {
  const QUERY = ENTITIES_QUERY;
  const fetchOf = (context: GatewayContext, ids: string[], query = QUERY, other: Record<string, unknown> = {}) => entitiesOf(ids, { context, query, variables: other });

  /** A subgraph stand-in that answers each representation with its id, and records what it was sent. */
  function recording(answer?: (representations: { id: string }[]) => Omit<SubgraphAnswer, 'cacheHint'>) {
    const sent: { query: string; representations: { id: string }[] }[] = [];
    const fetch: Fetch = async (request: SubgraphRequest) => {
      const representations = request.variables.representations as { id: string }[];
      sent.push({ query: request.query, representations });
      return { cacheHint: { maxAge: 0 }, ...(answer ? answer(representations) : { data: { _entities: representations.map((representation) => ({ name: representation.id })) } }) };
    };
    return { sent, coalesced: coalesce()(fetch) };
  }

  it('merges reads of one request and selection started together, each representation once, and gives each its own part', async () => {
    const { sent, coalesced } = recording();
    const context = contextOf();
    const answers = await Promise.all([
      coalesced(fetchOf(context, ['1', '2'])),
      coalesced(fetchOf(context, ['2', '3', '1'], QUERY.replace('Q__catalogue__1', 'Q__catalogue__2'))),
    ]);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.representations.map((representation) => representation.id)).toEqual(['1', '2', '3']);
    expect(answers.map((answer) => answer.data!._entities)).toEqual([
      [{ name: '1' }, { name: '2' }],
      [{ name: '2' }, { name: '3' }, { name: '1' }],
    ]);
  });

  it('never merges across requests, selections or other variables, nor reads started later', async () => {
    const { sent, coalesced } = recording();
    const context = contextOf();
    await Promise.all([
      coalesced(fetchOf(context, ['1'])),
      coalesced(fetchOf(contextOf(), ['1'])),
      coalesced(fetchOf(context, ['1'], QUERY.replace('name', 'code'))),
      coalesced(fetchOf(context, ['1'], QUERY, { first: 5 })),
    ]);
    expect(sent).toHaveLength(4);
    await coalesced(fetchOf(context, ['1']));
    await coalesced(fetchOf(context, ['1']));
    expect(sent).toHaveLength(6);
  });

  it('gives each read the errors about its own entities, at its own positions, and every read an error about the whole fetch', async () => {
    const { coalesced } = recording((representations) => ({
      data: { _entities: representations.map((representation) => (representation.id === '2' ? null : { name: representation.id })) },
      errors: [
        { message: 'agency 2 failed', path: ['_entities', representations.findIndex((representation) => representation.id === '2'), 'name'] },
        { message: 'the subgraph is slow' },
      ],
    }));
    const context = contextOf();
    const [first, second] = await Promise.all([coalesced(fetchOf(context, ['1', '2'])), coalesced(fetchOf(context, ['3']))]);
    expect(first!.errors).toEqual([{ message: 'agency 2 failed', path: ['_entities', 1, 'name'] }, { message: 'the subgraph is slow' }]);
    expect(second!.errors).toEqual([{ message: 'the subgraph is slow' }]);
    expect(second!.data!._entities).toEqual([{ name: '3' }]);
  });

  it('fails every read of a merged fetch that failed', async () => {
    const coalesced = coalesce()(async () => {
      throw new Error('unreachable');
    });
    const context = contextOf();
    const results = await Promise.allSettled([coalesced(fetchOf(context, ['1'])), coalesced(fetchOf(context, ['2']))]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
  });
});

it('entitiesAnswer: a read with no error of its own gets none; a whole-fetch failure without data stays without data; known entities fill the gaps', () => {
  const hint = { maxAge: 0 };
  expect(entitiesAnswer({ data: { _entities: [{ a: 1 }, { a: 2 }] }, errors: [{ message: 'x', path: ['_entities', 1] }], cacheHint: hint }, [0])).toEqual({ data: { _entities: [{ a: 1 }] }, cacheHint: hint });
  expect(entitiesAnswer({ data: null, errors: [{ message: 'down' }], cacheHint: hint }, [0, 1])).toEqual({ data: null, errors: [{ message: 'down' }], cacheHint: hint });
  expect(entitiesAnswer({ data: { _entities: [{ a: 2 }] }, errors: [{ message: 'y', path: ['_entities', 0, 'a'] }], cacheHint: hint }, [undefined, 0], [{ a: 1 }])).toEqual({
    data: { _entities: [{ a: 1 }, { a: 2 }] },
    errors: [{ message: 'y', path: ['_entities', 1, 'a'] }],
    cacheHint: hint,
  });
});

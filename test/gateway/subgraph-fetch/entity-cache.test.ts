import { randomUUID } from 'node:crypto';
import { KeyvAdapter } from '@apollo/utils.keyvadapter';
import { createKeyv } from '@keyv/redis';
import { entityCache, type EntityCacheOptions } from '../../../gateway/subgraph-fetch/entity-cache';
import { memoryEntityStore, sharedEntityStore } from '../../../gateway/subgraph-fetch/entity-store';
import type { Fetch, SubgraphRequest } from '../../../gateway/subgraph-fetch/types';
import { REPORT } from '../../support/projects';
import { scrape, total } from '../../support/prometheus';
import { describeWithRedis, TEST_REDIS_URL } from '../../support/redis';
import { startScratchStack } from '../../support/scratch-stack';
import type { TestStack } from '../../support/stack';
import { contextOf, entitiesOf, ENTITIES_QUERY, requestOf, scriptedSubgraph } from '../../support/subgraph-fetch';
import { bearer } from '../../support/tokens';

describe('the entity cache through the gateway', () => {
  /** Writes happen here (the invalidation test): a database of its own; only the entity cache on. */
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startScratchStack({ ENTITY_CACHE: 'true', RESPONSE_CACHE: 'false' });
  }, 120_000);
  afterAll(() => stack.stop());

  const lookups = async (subgraph: string) => {
    const samples = await scrape(stack.gateway.internalUrl);
    return {
      hits: total(samples, 'panjare_entity_cache_total', { subgraph, result: 'hit' }),
      misses: total(samples, 'panjare_entity_cache_total', { subgraph, result: 'miss' }),
    };
  };
  /** What one subgraph's SQL and entity lookups did while `run` ran. */
  async function observe<T>(subgraph: 'catalogue' | 'inquiries' | 'projects', run: () => Promise<T>) {
    const counter = stack.subgraphs[subgraph].statements;
    const [statementsBefore, before] = [counter.count, await lookups(subgraph)];
    const result = await run();
    const after = await lookups(subgraph);
    return { result, statements: counter.count - statementsBefore, hits: after.hits - before.hits, misses: after.misses - before.misses };
  }
  async function read(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
    const response = await fetch(stack.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as any;
    expect(body.errors).toBeUndefined();
    return { data: body.data, cacheControl: response.headers.get('cache-control') };
  }

  const PAGE = `query Page($first: Int!, $after: String) { services(first: $first, after: $after) { edges { node { id inquiryCount } } } }`;
  const ONE = `query One($id: ID!) { service(id: $id) { id inquiryCount } }`;
  /** The same counts through another selection (another cache entry): what the cached answers must equal. */
  const computed = async (first: number, after?: string) =>
    (await read(`query Fresh($first: Int!, $after: String) { services(first: $first, after: $after) { edges { node { id inquiryCount inquiries { id } } } } }`, { first, after })).data.services.edges.map(
      (edge: any) => ({ id: edge.node.id, inquiryCount: edge.node.inquiryCount }),
    );
  const nodes = (data: any) => data.services.edges.map((edge: any) => edge.node);

  it('a repeated read takes the entities from the cache: the subgraph is not asked again, and the answer is the same', async () => {
    const first = await observe('inquiries', () => read(PAGE, { first: 4 }));
    expect(first.statements).toBeGreaterThan(0);
    expect(first.misses).toBe(4);
    const again = await observe('inquiries', () => read(PAGE, { first: 4 }));
    expect(again).toMatchObject({ statements: 0, hits: 4, misses: 0 });
    expect(again.result.data).toEqual(first.result.data);
    expect(nodes(again.result.data)).toEqual(await computed(4));
  });

  it('a fetch partly cached sends only the missing entities and answers them all in the order asked', async () => {
    // A page no other test reads.
    const after = (await read(`{ services(first: 40) { pageInfo { endCursor } } }`)).data.services.pageInfo.endCursor;
    const page = await computed(12, after);
    // Every third service of the page is cached first, one at a time.
    for (const [index, service] of page.entries()) if (index % 3 === 0) await read(ONE, { id: service.id });
    const mixed = await observe('inquiries', () => read(PAGE, { first: 12, after }));
    expect(mixed).toMatchObject({ hits: 4, misses: 8 });
    expect(mixed.statements).toBeGreaterThan(0);
    expect(nodes(mixed.result.data)).toEqual(page);
  });

  it('the answer’s Cache-Control counts the cached entities’ remaining time, never more than the subgraph’s hint', async () => {
    await read(PAGE, { first: 3 });
    const { cacheControl } = await read(PAGE, { first: 3 });
    const maxAge = Number(cacheControl?.match(/max-age=(\d+)/)?.[1]);
    // The catalogue's and inquiries' hints are 300 s; the cached part has lived a little already.
    expect(maxAge).toBeGreaterThan(0);
    expect(maxAge).toBeLessThanOrEqual(300);
    expect(cacheControl).toMatch(/public/);
  });

  it('an answer without a shareable cache hint (a project’s audit log) is never kept', async () => {
    const { data } = await read(`{ servicesByInquiryCount(moreThan: 20, first: 1) { edges { node { id } } } }`);
    const id = data.servicesByInquiryCount.edges[0].node.id;
    const audited = `query Audited($id: ID!) { service(id: $id) { project { number auditLog(first: 1) { totalCount } } } }`;
    const admin = await bearer({ roles: ['admin'] });
    await read(audited, { id }, admin);
    const again = await observe('projects', () => read(audited, { id }, admin));
    expect(again.hits).toBe(0);
    expect(again.statements).toBeGreaterThan(0);
  });

  it('a successful mutation through the gateway starts afresh: the next read sees the write', async () => {
    const owned = `{ servicesByInquiryCount(moreThan: 20, first: 20) { edges { node { id project { id progress version } } } } }`;
    const before = (await read(owned)).data.servicesByInquiryCount.edges.map((edge: any) => edge.node);
    const service = before.find((node: any) => node.project);
    expect(service).toBeDefined();
    const cached = await observe('projects', () => read(owned));
    expect(cached.hits).toBeGreaterThan(0);
    expect(cached.statements).toBe(0);

    const { project } = service;
    const progress = project.progress >= 99 ? project.progress - 1 : project.progress + 1;
    const written = await stack.query(REPORT, { projectId: project.id, progress, note: 'entity-cache test' }, await bearer({ roles: ['admin'] }));
    expect(written.errors).toBeUndefined();

    const after = await observe('projects', () => read(owned));
    expect(after.hits).toBe(0);
    expect(after.statements).toBeGreaterThan(0);
    const seen = after.result.data.servicesByInquiryCount.edges.map((edge: any) => edge.node).find((node: any) => node.id === service.id);
    expect(seen.project).toEqual({ id: project.id, progress, version: project.version + 1 });
  });
});

/** An `_entities` read of these agencies, in cache generation `generation`. */
const request = (ids: string[], generation = 'g', fields: Parameters<typeof entitiesOf>[1] = {}): SubgraphRequest =>
  entitiesOf(ids, { ...fields, context: contextOf({ cacheGeneration: generation }) });
/** The entity cache in front of `fetch`. */
const cached = (options: EntityCacheOptions, fetch: Fetch) => entityCache(options)(fetch);

describe('the entity cache on its own (a scripted subgraph)', () => {
  it('keeps what a public hint allows, and sends only the rest', async () => {
    const { sent, fetch } = scriptedSubgraph('max-age=60, public');
    const cache = cached({ store: memoryEntityStore(100) }, fetch);
    await cache(request(['1', '2']));
    const answer = await cache(request(['3', '1', '4', '2']));
    expect(sent).toEqual([['1', '2'], ['3', '4']]);
    expect(answer.data).toEqual({ _entities: [{ name: 'agency 3' }, { name: 'agency 1' }, { name: 'agency 4' }, { name: 'agency 2' }] });
    // The cached part counts toward the answer's hint as the subgraph's header would.
    expect(answer.cacheHint.scope).toBe('PUBLIC');
    expect(answer.cacheHint.maxAge).toBeGreaterThan(55);
    expect(answer.cacheHint.maxAge).toBeLessThanOrEqual(60);
    const whole = await cache(request(['1', '2']));
    expect(sent).toHaveLength(2);
    expect(whole).toEqual({ data: { _entities: [{ name: 'agency 1' }, { name: 'agency 2' }] }, cacheHint: { maxAge: expect.any(Number), scope: 'PUBLIC' } });
  });

  it('keeps nothing of a private or hint-less answer, nor of one with errors, and points errors at the entity asked', async () => {
    for (const header of ['max-age=60, private', null, 'no-store', 'max-age=60']) {
      const { sent, fetch } = scriptedSubgraph(header);
      const cache = cached({ store: memoryEntityStore(100) }, fetch);
      await cache(request(['1']));
      await cache(request(['1']));
      expect(sent).toEqual([['1'], ['1']]);
    }
    const { sent, fetch } = scriptedSubgraph('max-age=60, public', ['9']);
    const cache = cached({ store: memoryEntityStore(100) }, fetch);
    await cache(request(['1']));
    const answer = await cache(request(['1', '9', '5']));
    expect(answer.data).toEqual({ _entities: [{ name: 'agency 1' }, null, { name: 'agency 5' }] });
    // Sent as the first of ['9', '5'], asked as the second of three.
    expect(answer.errors).toEqual([{ message: 'no 9', path: ['_entities', 1, 'name'] }]);
    await cache(request(['5']));
    expect(sent.at(-1)).toEqual(['5']);
  });

  it('keys by generation, subgraph and selection: another generation or query is a miss', async () => {
    const { sent, fetch } = scriptedSubgraph('max-age=60, public');
    const cache = cached({ store: memoryEntityStore(100) }, fetch);
    await cache(request(['1'], 'g1'));
    await cache(request(['1'], 'g2'));
    await cache(request(['1'], 'g2', { subgraph: 'projects' }));
    await cache(request(['1'], 'g2', { query: ENTITIES_QUERY.replace('name', 'code') }));
    await cache(request(['1'], 'g2', { variables: { first: 5 } }));
    expect(sent).toHaveLength(5);
    // The operation's name is not part of the key.
    await cache(request(['1'], 'g2', { query: ENTITIES_QUERY.replace('Q__catalogue__1', 'Other__catalogue__3') }));
    expect(sent).toHaveLength(5);
  });

  it('sends a fetch of long representations (an Impact with its services’ ids) as it is, keeping nothing', async () => {
    const { sent, fetch } = scriptedSubgraph('max-age=60, public');
    const cache = cached({ store: memoryEntityStore(100) }, fetch);
    const long = 'x'.repeat(300);
    await cache(request(['1', long]));
    await cache(request(['1', long]));
    expect(sent).toEqual([['1', long], ['1', long]]);
  });

  it('passes any other request through untouched: a root read, a mutation, a read outside a cache generation', async () => {
    const seen: SubgraphRequest[] = [];
    const answer = { data: { _entities: [{ name: 'x' }] }, cacheHint: { maxAge: 60, scope: 'PUBLIC' as const } };
    const cache = cached({ store: memoryEntityStore(100) }, async (request) => {
      seen.push(request);
      return answer;
    });
    const root = requestOf({ query: 'query($id:ID!){agency(id:$id){name}}', variables: { id: '1' }, context: contextOf({ cacheGeneration: 'g' }) });
    const mutation = requestOf({ query: 'mutation($representations:[_Any!]!){_entities(representations:$representations){__typename}}', variables: { representations: [{ id: '1' }] }, context: contextOf({ cacheGeneration: 'g' }) });
    const outside = entitiesOf(['1']);
    for (const request of [root, root, mutation, mutation, outside, outside]) expect(await cache(request)).toBe(answer);
    expect(seen).toEqual([root, root, mutation, mutation, outside, outside]);
  });
});

describeWithRedis('the entity cache in Redis, shared by the gateways', () => {
  it('what one gateway fetched, another answers from Redis', async () => {
    const keyv = createKeyv(TEST_REDIS_URL, { namespace: `panjare-test-${randomUUID()}` });
    try {
      const { sent, fetch } = scriptedSubgraph('max-age=60, public');
      const [one, two] = [0, 1].map(() => cached({ store: sharedEntityStore(new KeyvAdapter(keyv as never)) }, fetch));
      await one!(request(['1', '2']));
      // The writes are not awaited by the fetch: let them land.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const answer = await two!(request(['2', '3']));
      expect(sent).toEqual([['1', '2'], ['3']]);
      expect(answer.data).toEqual({ _entities: [{ name: 'agency 2' }, { name: 'agency 3' }] });
    } finally {
      await keyv.disconnect();
    }
  });
});

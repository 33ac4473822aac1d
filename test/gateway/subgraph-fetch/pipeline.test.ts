import { Metrics } from '../../../lib/metrics';
import { memoryEntityStore } from '../../../gateway/subgraph-fetch/entity-store';
import { subgraphFetch, type PipelineOptions } from '../../../gateway/subgraph-fetch/pipeline';
import { contextOf, entitiesOf, heldServer, type HeldServer } from '../../support/subgraph-fetch';

/** Each stage's switch, through the whole pipeline over HTTP: with it off, the fetches go as the plan asks them. */
describe('the pipeline and its switches', () => {
  let server: HeldServer;
  beforeAll(async () => {
    server = await heldServer((body) => {
      const { variables } = JSON.parse(body) as { variables: { representations: { id: string }[] } };
      return { body: JSON.stringify({ data: { _entities: variables.representations.map(({ id }) => ({ name: `agency ${id}` })) } }), hold: false };
    });
  });
  afterAll(() => server.stop());

  const pipeline = (options: Partial<PipelineOptions>) =>
    subgraphFetch({ metrics: new Metrics('gateway'), sign: () => ({}), timeoutMs: 5000, coalesce: false, dedupe: false, ...options });

  /** How many fetches reach the subgraph for two reads of the same request started together, asked twice. */
  async function fetchesFor(options: Partial<PipelineOptions>): Promise<number> {
    const fetch = pipeline(options);
    const before = server.received.length;
    for (const generation of ['g', 'g']) {
      const context = contextOf({ cacheGeneration: generation });
      const answers = await Promise.all([fetch(entitiesOf(['1', '2'], { url: server.url, context })), fetch(entitiesOf(['2', '3'], { url: server.url, context }))]);
      expect(answers.map((answer) => answer.data)).toEqual([{ _entities: [{ name: 'agency 1' }, { name: 'agency 2' }] }, { _entities: [{ name: 'agency 2' }, { name: 'agency 3' }] }]);
    }
    return server.received.length - before;
  }

  it('every stage off: each read is its own fetch', async () => {
    expect(await fetchesFor({})).toBe(4);
  });

  it('coalesce on: the two reads of a request go as one fetch', async () => {
    expect(await fetchesFor({ coalesce: true })).toBe(2);
  });

  it('the entity cache on (no public hint from this subgraph): nothing kept, every read fetched', async () => {
    expect(await fetchesFor({ entityCache: { store: memoryEntityStore(100) } })).toBe(4);
  });
});

import { dedupe } from '../../../gateway/subgraph-fetch/dedupe';
import { transport } from '../../../gateway/subgraph-fetch/transport';
import { startTestStack, type TestStack } from '../../support/stack';
import { contextOf, heldServer, requestOf, type HeldServer } from '../../support/subgraph-fetch';

describe('the dedupe stage: in-flight deduplication of subgraph reads', () => {
  let server: HeldServer;
  beforeAll(async () => {
    server = await heldServer();
  });
  afterAll(() => server.stop());
  beforeEach(() => {
    server.received.length = 0;
  });

  const READ = 'query($representations:[_Any!]!){_entities(representations:$representations){__typename}}';
  const read = (fields: Parameters<typeof requestOf>[0] = {}) => requestOf({ url: server.url, query: READ, ...fields });
  const alice = { subject: 'alice', agencyId: null, roles: [] };
  const bob = { subject: 'bob', agencyId: null, roles: [] };

  it('sends identical reads in flight at once as one fetch; each caller gets its own copy of the answer', async () => {
    const fetch = dedupe()(transport(5000));
    const answers = [1, 2, 3].map(() => fetch(read()));
    await server.whenReceived(1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.received).toHaveLength(1);
    server.release();
    const bodies = await Promise.all(answers);
    expect(bodies.map((answer) => answer.data)).toEqual([{ n: 1 }, { n: 1 }, { n: 1 }]);
    bodies[0]!.data!.n = 99;
    expect(bodies[1]!.data!.n).toBe(1);
    expect(bodies[2]!.data!.n).toBe(1);
  });

  it('is not a cache: the same read after the answer came is fetched again', async () => {
    const fetch = dedupe()(transport(5000));
    const first = fetch(read());
    await server.whenReceived(1);
    server.release();
    await first;
    const second = fetch(read());
    await server.whenReceived(2);
    server.release();
    await second;
    expect(server.received).toHaveLength(2);
  });

  it('never shares between callers, between different bodies, or for a mutation', async () => {
    const fetch = dedupe()(transport(5000));
    const mutation = 'mutation($p:ID!){reportProgress(projectId:$p,progress:10){id}}';
    const answers = [
      fetch(read({ identity: alice })),
      fetch(read({ identity: bob })),
      fetch(read({ identity: alice, variables: { x: 1 } })),
      fetch(read({ identity: alice, query: mutation, variables: { p: '1' } })),
      fetch(read({ identity: alice, query: mutation, variables: { p: '1' } })),
    ];
    await server.whenReceived(5);
    server.release();
    await Promise.all(answers);
    expect(server.received).toHaveLength(5);
  });

  it('a caller whose deadline passes stops waiting with DEADLINE_EXCEEDED; the others still get the answer', async () => {
    const fetch = dedupe()(transport(5000));
    const early = new AbortController();
    const waiting = [fetch(read({ context: contextOf({ signal: early.signal }) })), fetch(read())];
    await server.whenReceived(1);
    early.abort();
    await expect(waiting[0]).rejects.toMatchObject({ extensions: { code: 'DEADLINE_EXCEEDED', serviceName: 'catalogue' } });
    server.release();
    expect((await waiting[1])!.data).toEqual({ n: 1 });
    expect(server.cutOff).toBe(0);
  });

  it('the shared fetch is cut off once every caller waiting for it has passed its deadline; a caller already past it sends nothing', async () => {
    const fetch = dedupe()(transport(5000));
    const deadlines = [new AbortController(), new AbortController()];
    const waiting = deadlines.map((deadline) => fetch(read({ context: contextOf({ signal: deadline.signal }) })));
    await server.whenReceived(1);
    for (const deadline of deadlines) deadline.abort();
    for (const answer of waiting) await expect(answer).rejects.toMatchObject({ extensions: { code: 'DEADLINE_EXCEEDED' } });
    while (server.cutOff < 1) await new Promise((resolve) => setTimeout(resolve, 5));
    await expect(fetch(read({ context: contextOf({ signal: AbortSignal.abort() }) }))).rejects.toMatchObject({ extensions: { code: 'DEADLINE_EXCEEDED' } });
    expect(server.received).toHaveLength(1);
    server.release();
  });
});

describe('through the real gateway', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.stop());

  it('identical concurrent requests cost fewer SQL statements than as many requests one by one, with the same answers', async () => {
    const query = '{ servicesByInquiryCount(moreThan: 20, first: 20) { totalCount edges { node { name { fa } agency { name { fa } } inquiryCount project { number } } } } }';
    const alone = await stack.countStatements(() => stack.ok(query));
    const together = await stack.countStatements(() => Promise.all(Array.from({ length: 20 }, () => stack.ok(query))));
    expect(together.result.every((data) => JSON.stringify(data) === JSON.stringify(alone.result))).toBe(true);
    expect(together.statements).toBeLessThan(20 * alone.statements);
  });

  it('with SUBGRAPH_DEDUPE=false every request is computed', async () => {
    const apart = await startTestStack({ SUBGRAPH_DEDUPE: 'false' });
    try {
      const query = '{ servicesByInquiryCount(moreThan: 20, first: 5) { totalCount edges { node { name { fa } inquiryCount } } } }';
      const alone = await apart.countStatements(() => apart.ok(query));
      const together = await apart.countStatements(() => Promise.all(Array.from({ length: 10 }, () => apart.ok(query))));
      expect(together.statements).toBe(10 * alone.statements);
    } finally {
      await apart.stop();
    }
  });
});

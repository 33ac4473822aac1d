import { startTestStack, type TestStack } from '../support/stack';

/**
 * The cost limit fails closed and counts what is served: junk in an undeclared variable cannot
 * stop the costing, and a `first` that is null or omitted costs the page the subgraphs serve.
 */
let stack: TestStack;
beforeAll(async () => {
  // A budget no test reaches: the answers then tell their cost.
  stack = await startTestStack({ RATE_LIMIT_POINTS: '1000000000' });
});
afterAll(() => stack.stop());

/** Far above the limit (100 × 100 services with their inquiries' providers). */
const COSTLY = '{ agencies(first: 100) { edges { node { services(first: 100) { edges { node { inquiries { provider { code } } } } } } } } }';
/** Six aliases of three nested pages of `$n`: about 106,000 at 20 items a page, far below the limit at 1. */
const PAGES = (first: string) =>
  `query Pages${first ? '($n: Int)' : ''} { ${Array.from({ length: 6 }, (_, i) => `a${i}: agencies${first} { edges { node { services${first} { edges { node { agency { services${first} { edges { node { id } } } } } } } } } }`).join(' ')} }`;

/** A body whose undeclared variable `junk` is an array nested `depth` deep (JSON.stringify overflows on it). */
const withJunk = (query: string, depth: number) => `{"query":${JSON.stringify(query)},"variables":{"junk":${'['.repeat(depth)}${']'.repeat(depth)}}}`;

async function send(body: string) {
  const { result, statements } = await stack.countStatements(async () => {
    const response = await fetch(stack.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    return { status: response.status, body: await response.json() };
  });
  return { ...result, statements };
}

describe('an undeclared variable', () => {
  it('nested 6,000 arrays deep does not skip the cost check: the costly query is refused, no subgraph called', async () => {
    const response = await send(withJunk(COSTLY, 6000));
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe('COST_LIMIT_EXCEEDED');
    expect(response.statements).toBe(0);
  });

  it('is ignored by a cheap query, which is answered', async () => {
    const response = await send(withJunk('{ catalogueStats { services } }', 6000));
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ data: { catalogueStats: { services: 779 } } });
  });
});

it('a declared variable that cannot be costed refuses the operation with a client error, no subgraph called', async () => {
  const deep = `{"query":"query($s: String) { services(first: 1, filter: { search: $s }) { totalCount } }","variables":{"s":${'['.repeat(6000)}${']'.repeat(6000)}}}`;
  const response = await send(deep);
  expect(response.status).toBe(400);
  expect(['BAD_USER_INPUT', 'COST_ANALYSIS_FAILED']).toContain(response.body.errors[0].extensions.code);
  expect(response.statements).toBe(0);
});

describe('`first` null or omitted costs the page served', () => {
  it.each([
    ['null', '(first: $n)', { n: null }],
    ['omitted', '', {}],
    ['20', '(first: $n)', { n: 20 }],
  ])('first %s on a costly shape: refused before any subgraph is called', async (_case, first, variables) => {
    const response = await send(JSON.stringify({ query: PAGES(first), variables }));
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED' });
    expect(response.body.errors[0].extensions.cost).toBeGreaterThan(100_000);
    expect(response.statements).toBe(0);
  });

  it('the same shape at first 1 runs', async () => {
    const response = await send(JSON.stringify({ query: PAGES('(first: $n)'), variables: { n: 1 } }));
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.a0.edges).toHaveLength(1);
  });

  it('a null first is served as the default page, and costed at least as many objects', async () => {
    const response = await send(JSON.stringify({ query: 'query($n: Int) { services(first: $n) { edges { node { id agency { id } } } } }', variables: { n: null } }));
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.services.edges).toHaveLength(20);
    // 1 connection + 20 edges + 20 nodes + 20 agencies
    expect(response.body.extensions.rateLimit.cost).toBeGreaterThanOrEqual(61);
  });
});

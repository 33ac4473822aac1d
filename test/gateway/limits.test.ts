import { startTestStack, type TestStack } from '../support/stack';

/** Each operation limit refuses with its own code, before any subgraph is called (no SQL statement sent). */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

/** agencies → services → agency → services …: every level a real subgraph fetch if it ran; depth 3 + 4 per level pair. */
const agencyLevel = (levels: number): string => (levels === 0 ? 'id' : `services(first: 1) { edges { node { ${serviceLevel(levels - 1)} } } }`);
const serviceLevel = (levels: number): string => (levels === 0 ? 'id' : `agency { ${agencyLevel(levels - 1)} }`);
const nested = (levels: number) => `{ agencies(first: 1) { edges { node { ${agencyLevel(levels)} } } } }`;

const refused = async (query: string, variables?: Record<string, unknown>) => {
  const { result, statements } = await stack.countStatements(() => stack.query(query, variables));
  expect(statements).toBe(0);
  expect(result.status).toBe(400);
  expect(result.data).toBeUndefined();
  expect(result.errors!.length).toBeGreaterThan(0);
  return { code: result.errors![0].extensions?.code, message: result.errors![0].message };
};

it.each([
  ['depth 15', nested(5), 'DEPTH_LIMIT_EXCEEDED', /depth is limited to 12; this one has \d+/],
  ['31 aliases', `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: catalogueStats { services }`).join(' ')} }`, 'ALIAS_LIMIT_EXCEEDED', /at most 30 aliases; this one has 31/],
  ['5,001 tokens', `{ catalogueStats { ${'services '.repeat(4998)} } }`, 'TOKEN_LIMIT_EXCEEDED', /5000 tokens/],
  ['21 directives', `{ catalogueStats { services ${'@include(if: true) '.repeat(21)} } }`, 'DIRECTIVE_LIMIT_EXCEEDED', /at most 20 directives/],
  [
    'cost above the budget',
    '{ agencies(first: 100) { edges { node { services(first: 100) { edges { node { inquiries { provider { code } } } } } } } } }',
    'COST_LIMIT_EXCEEDED',
    /estimated cost is \d+, above the limit of 100000/,
  ],
])('%s: refused with its own code', async (_case, query, code, message) => {
  const result = await refused(query);
  expect(result.code).toBe(code);
  expect(result.message).toMatch(message);
});

it('the cost counts `first` from variables', async () => {
  const query = 'query($n: Int) { agencies(first: $n) { edges { node { services(first: $n) { edges { node { inquiries { provider { code } } } } } } } } }';
  expect((await refused(query, { n: 100 })).code).toBe('COST_LIMIT_EXCEEDED');
  const small = await stack.query(query, { n: 2 });
  expect(small.errors).toBeUndefined();
  expect(small.data.agencies.edges).toHaveLength(2);
});

it('a cost kept from an earlier request is kept per value of `first`: the same query is refused or run as its variables say, asked in any order', async () => {
  const query = 'query Costed($n: Int, $search: String) { services(first: $n, filter: { search: $search }) { edges { node { id agency { services(first: $n) { edges { node { inquiries { provider { code } } } } } } } } } }';
  for (const round of [1, 2]) {
    const small = await stack.query(query, { n: 2, search: `round ${round}` });
    expect(small.errors).toBeUndefined();
    // Another search (a string) does not change the cost; another `first` does.
    expect((await refused(query, { n: 100, search: `round ${round}` })).code).toBe('COST_LIMIT_EXCEEDED');
    expect((await refused(query, { n: 100, search: 'another' })).code).toBe('COST_LIMIT_EXCEEDED');
  }
  // A string where `first` wants an Int is still the executor's error, not a cost taken from another request.
  const wrong = await stack.query(query, { n: '2', search: 'x' });
  expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});

it('within every limit a query runs', async () => {
  const response = await stack.query(nested(3));
  expect(response.errors).toBeUndefined();
  expect(response.data.agencies.edges).toHaveLength(1);
});

it('a body larger than 100 KB is refused with PAYLOAD_TOO_LARGE', async () => {
  const response = await fetch(stack.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ catalogueStats { services } }', variables: { pad: 'x'.repeat(110_000) } }),
  });
  expect(response.status).toBe(413);
  expect((await response.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
});

it('batched requests are off by default', async () => {
  const { result, statements } = await stack.countStatements(async () => {
    const response = await fetch(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ catalogueStats { services } }' }, { query: '{ projectStats { projects } }' }]),
    });
    return { status: response.status, body: await response.json() };
  });
  expect(statements).toBe(0);
  expect(result.status).toBe(400);
  expect(result.body.errors[0].extensions.code).toBe('BATCH_LIMIT_EXCEEDED');
});

describe('with MAX_BATCH=2 and tighter limits', () => {
  let tight: TestStack;
  beforeAll(async () => {
    tight = await startTestStack({ MAX_BATCH: '2', MAX_DEPTH: '3', MAX_ALIASES: '1' });
  });
  afterAll(() => tight.stop());

  const batch = (size: number) =>
    fetch(tight.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(Array.from({ length: size }, () => ({ query: '{ catalogueStats { services } }' }))),
    });

  it('answers a batch of two, refuses a batch of three', async () => {
    const two = await batch(2);
    expect(two.status).toBe(200);
    expect(await two.json()).toEqual([{ data: { catalogueStats: { services: 779 } } }, { data: { catalogueStats: { services: 779 } } }]);
    const three = await batch(3);
    expect(three.status).toBe(400);
    expect((await three.json()).errors[0]).toMatchObject({ message: 'A batch may hold at most 2 operations', extensions: { code: 'BATCH_LIMIT_EXCEEDED' } });
  });

  it('takes its limits from the configuration', async () => {
    const deep = await tight.query('{ agencies(first: 1) { edges { node { id } } } }');
    expect(deep.errors![0].extensions!.code).toBe('DEPTH_LIMIT_EXCEEDED');
    const aliases = await tight.query('{ a: catalogueStats { services } b: catalogueStats { agencies } }');
    expect(aliases.errors![0].extensions!.code).toBe('ALIAS_LIMIT_EXCEEDED');
  });
});

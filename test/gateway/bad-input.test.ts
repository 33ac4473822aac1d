import { startTestStack, type TestStack } from '../support/stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

const codeOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => response.errors?.[0]?.extensions?.code;
const noLeaks = (response: object) => {
  const text = JSON.stringify(response);
  expect(text).not.toMatch(/stacktrace|    at |SELECT |catalogue\.|inquiries\.|projects\./);
};

describe('unknown ids', () => {
  it.each([
    ['agency', '{ agency(id: "987654") { id } }'],
    ['service', '{ service(id: "987654") { id } }'],
    ['subService', '{ subService(id: "0") { id } }'],
    ['inquiry', '{ inquiry(id: "-3") { id } }'],
    ['project', '{ project(id: "abc") { id } }'],
    ['projectByNumber', '{ projectByNumber(number: 99) { id } }'],
  ])('%s gives null, not an error', async (field, query) => {
    const response = await stack.query(query);
    expect(response.errors).toBeUndefined();
    expect(response.data[field]).toBeNull();
  });

  it('a filter on an unknown agency matches nothing', async () => {
    const response = await stack.query('{ services(filter: { agencyId: "nope" }) { totalCount edges { node { id } } } }');
    expect(response.data.services).toEqual({ totalCount: 0, edges: [] });
  });
});

describe('page arguments', () => {
  it.each([
    ['negative first', '{ services(first: -1) { totalCount } }', 'first'],
    ['huge first', '{ services(first: 100000) { totalCount } }', 'first'],
    ['huge first on a nested list', '{ agencies(first: 1) { edges { node { services(first: 5000) { totalCount } } } } }', 'first'],
    ['huge first on another subgraph', '{ servicesByInquiryCount(moreThan: 20, first: 101) { totalCount } }', 'first'],
    ['malformed cursor', '{ services(after: "not-a-cursor") { totalCount } }', 'after'],
    ['cursor of another list', '{ agencies(after: "YzE6c2VydmljZToz") { totalCount } }', 'after'],
    ['negative threshold', '{ servicesByInquiryCount(moreThan: -5) { totalCount } }', 'moreThan'],
  ])('%s: BAD_USER_INPUT naming the argument', async (_case, query, argument) => {
    const response = await stack.query(query);
    expect(response.status).toBe(200);
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].message).toContain(argument);
    noLeaks(response);
  });

  it('says the page-size limit in the error', async () => {
    const response = await stack.query('{ services(first: 1000) { totalCount } }');
    expect(response.errors![0].message).toMatch(/between 0 and 100/);
  });

  it('a cursor from servicesByInquiryCount is refused by services', async () => {
    const first = await stack.query('{ servicesByInquiryCount(moreThan: 20, first: 1) { pageInfo { endCursor } } }');
    const response = await stack.query('query($after: String) { services(after: $after) { totalCount } }', { after: first.data.servicesByInquiryCount.pageInfo.endCursor });
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
  });
});

describe('malformed requests', () => {
  it('an unknown field is a validation error', async () => {
    const response = await stack.query('{ services { nope } }');
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('a syntax error is a parse error', async () => {
    const response = await stack.query('{ services { ');
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('a body that is not JSON gets a JSON error with a code, not an HTML page', async () => {
    const response = await fetch(stack.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    noLeaks(body);
  });

  it('a search too long is refused', async () => {
    const response = await stack.query('query($s: String) { services(filter: { search: $s }) { totalCount } }', { s: 'x'.repeat(500) });
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
  });

  it('mutations need authentication', async () => {
    const response = await stack.query('mutation { openTicket(projectId: "1", title: "t") { id } }');
    expect(codeOf(response)).toBe('UNAUTHENTICATED');
  });
});

import { operationOf, rootFields, stringSlots } from '../support/root-fields';
import type { TestToken } from '../support/tokens';

/**
 * Hostile requests for the gateway, as data. `target`: the default gateway, or one in
 * safelist mode. `outcome`: "refused" must get a 4xx or a GraphQL error with a code;
 * "harmless" is a well-formed operation carrying a hostile value, which may also be
 * answered normally (an injection string matches nothing). None may get a 500.
 */
export interface HostileRequest {
  name: string;
  /**
   * The gateway: the default one, one in safelist mode, one in production mode, or one with tight backstops:
   * a rate budget of 1 point (`limited`), a 2 KB answer cap (`capped`), a 1 ms deadline (`hurried`).
   */
  target?: 'open' | 'safelist' | 'production' | 'limited' | 'capped' | 'hurried';
  /** Another path than /graphql on the gateway's public port. */
  path?: string;
  /** A real bearer token with these claims, minted when sent (signed with the test secret unless told otherwise). */
  token?: TestToken;
  method?: 'GET' | 'POST';
  /** Query string for GET. */
  search?: Record<string, string>;
  headers?: Record<string, string>;
  /** Sent as is (already JSON text, or deliberately not). */
  body?: string;
  outcome: 'refused' | 'harmless';
}

const json = { 'content-type': 'application/json' };
const post = (name: string, payload: unknown, outcome: HostileRequest['outcome'] = 'refused', extra: Partial<HostileRequest> = {}): HostileRequest => ({
  name,
  method: 'POST',
  headers: json,
  body: JSON.stringify(payload),
  outcome,
  ...extra,
});
const raw = (name: string, body: string, headers: Record<string, string> = json): HostileRequest => ({ name, method: 'POST', headers, body, outcome: 'refused' });

const SQL_INJECTIONS = [
  "' OR '1'='1",
  "1; DROP TABLE catalogue.service; --",
  "' UNION SELECT table_name, null FROM information_schema.tables --",
  "'); SELECT pg_sleep(10); --",
  '\\x27 OR 1=1 /*',
];

const nest = (levels: number) => {
  let selection = 'id';
  for (let level = 0; level < levels; level++) selection = level % 2 === 0 ? `agency { ${selection} }` : `services(first: 1) { edges { node { ${selection} } } }`;
  return `{ services(first: 1) { edges { node { ${selection} } } } }`;
};

const invalidJson: HostileRequest[] = [
  raw('truncated JSON', '{"query": '),
  raw('a lone brace', '{'),
  raw('an unclosed array', '['),
  raw('not JSON at all', 'hello gateway'),
  raw('an empty body', ''),
  raw('JSON null', 'null'),
  raw('a JSON string', '"{ __typename }"'),
  raw('a JSON number', '42'),
  raw('NaN', '{"query": NaN}'),
  raw('single quotes', "{'query': '{ __typename }'}"),
  raw('trailing comma', '{"query": "{ __typename }",}'),
  post('query is a number', { query: 123 }),
  post('query is null', { query: null }),
  post('query is an array', { query: ['{ __typename }'] }),
  post('query is an object', { query: { kind: 'Document' } }),
  post('no query at all', {}),
  post('variables is a string', { query: '{ __typename }', variables: 'x' }),
  post('variables is an array', { query: '{ __typename }', variables: [1, 2] }),
  post('extensions is a string', { query: '{ __typename }', extensions: 'x' }),
  post('operationName is a number', { query: '{ __typename }', operationName: 7 }),
  { ...raw('deeply nested JSON in an unused variable', `{"query":"{ __typename }","variables":{"a":${'['.repeat(5000)}${']'.repeat(5000)}}}`), outcome: 'harmless' },
  raw('deeply nested JSON in a used variable', `{"query":"query($s: String) { services(filter: { search: $s }) { totalCount } }","variables":{"s":${'['.repeat(5000)}${']'.repeat(5000)}}}`),
];

const wrongContentType: HostileRequest[] = [
  raw('text/plain', '{"query":"{ catalogueStats { services } }"}', { 'content-type': 'text/plain' }),
  raw('form-urlencoded', 'query=%7B%20__typename%20%7D', { 'content-type': 'application/x-www-form-urlencoded' }),
  raw('multipart', '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ __typename }\r\n--x--', { 'content-type': 'multipart/form-data; boundary=x' }),
  raw('XML', '<query>{ __typename }</query>', { 'content-type': 'application/xml' }),
  raw('application/graphql', '{ __typename }', { 'content-type': 'application/graphql' }),
  raw('no content type', '{"query":"{ __typename }"}', {}),
  raw('JSON in an unsupported charset', '{"query":"{ __typename }"}', { 'content-type': 'application/json; charset=iso-8859-1' }),
  raw('gzip that is not gzip', '{"query":"{ __typename }"}', { 'content-type': 'application/json', 'content-encoding': 'gzip' }),
  raw('an unknown content encoding', '{"query":"{ __typename }"}', { 'content-type': 'application/json', 'content-encoding': 'br-x' }),
];

const getMutations: HostileRequest[] = [
  { name: 'GET mutation', method: 'GET', search: { query: 'mutation { openTicket(projectId: "1", title: "t") { id } }' }, headers: { 'apollo-require-preflight': 'true' }, outcome: 'refused' },
  {
    name: 'GET mutation chosen by operationName',
    method: 'GET',
    search: { query: 'query Q { __typename } mutation M { resolveTicket(id: "1", resolution: "x") { id } }', operationName: 'M' },
    headers: { 'apollo-require-preflight': 'true' },
    outcome: 'refused',
  },
  { name: 'GET mutation without preflight header', method: 'GET', search: { query: 'mutation { openTicket(projectId: "1", title: "t") { id } }' }, outcome: 'refused' },
  { name: 'GET with variables that are not JSON', method: 'GET', search: { query: '{ __typename }', variables: '{nope' }, headers: { 'apollo-require-preflight': 'true' }, outcome: 'refused' },
];

const depth: HostileRequest[] = [
  post('depth 50 through real fields', { query: nest(47) }),
  post('depth 50 of __typename-free nesting via fragments', {
    query: `${Array.from({ length: 25 }, (_, i) => `fragment F${i} on Service { agency { services(first: 1) { edges { node { ${i < 24 ? `...F${i + 1}` : 'id'} } } } } }`).join(' ')} { services(first: 1) { edges { node { ...F0 } } } }`,
  }),
  post('depth 13', { query: nest(9) }),
];

const aliases: HostileRequest[] = [
  post('10,000 aliases', { query: `{ ${Array.from({ length: 10_000 }, (_, i) => `a${i}: catalogueStats { services }`).join(' ')} }` }),
  post('10,000 __typename aliases', { query: `{ ${Array.from({ length: 10_000 }, (_, i) => `a${i}: __typename`).join(' ')} }` }),
  post('2,000 aliases under the body limit', { query: `{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: catalogueStats { services }`).join(' ')} }` }),
  post('31 aliases', { query: `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: projectStats { projects }`).join(' ')} }` }),
  post('31 aliases of one expensive field', { query: `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: services(first: 100) { edges { node { id } } }`).join(' ')} }` }),
];

const fragmentCycles: HostileRequest[] = [
  post('a fragment spreading itself', { query: 'fragment A on Query { ...A } { ...A }' }),
  post('two fragments spreading each other', { query: 'fragment A on Query { ...B } fragment B on Query { ...A } { ...A }' }),
  post('a long fragment cycle', { query: `${Array.from({ length: 50 }, (_, i) => `fragment F${i} on Query { ...F${(i + 1) % 50} }`).join(' ')} { ...F0 }` }),
  post('a cycle through nested types', { query: 'fragment S on Service { agency { ...A } } fragment A on Agency { services { edges { node { ...S } } } } { services { edges { node { ...S } } } }' }),
  post('an undefined fragment', { query: '{ ...Nope }' }),
];

const hugeFirst: HostileRequest[] = [
  post('first 2^31-1', { query: '{ services(first: 2147483647) { edges { node { id } } } }' }),
  post('first -2^31', { query: '{ agencies(first: -2147483648) { edges { node { id } } } }' }),
  post('first 10^12 as a variable', { query: 'query($n: Int) { services(first: $n) { totalCount } }', variables: { n: 1e12 } }),
  post('first 10^6 nested', { query: '{ agencies(first: 100) { edges { node { services(first: 1000000) { edges { node { id } } } } } } }' }),
  post('first as a string', { query: 'query($n: Int) { inquiries(first: $n) { totalCount } }', variables: { n: '100' } }),
  post('first as a float', { query: '{ inquiries(first: 1.5) { totalCount } }' }),
];

const hugeIntegers: HostileRequest[] = [
  post('a 20-digit literal', { query: '{ servicesByInquiryCount(moreThan: 99999999999999999999) { totalCount } }' }),
  post('2^31 as projectByNumber', { query: '{ projectByNumber(number: 2147483648) { id } }' }),
  post('1e308 as a variable', { query: 'query($n: Int!) { projectByNumber(number: $n) { id } }', variables: { n: 1e308 } }),
  post('a bignum-looking string', { query: 'query($n: Int!) { servicesByInquiryCount(moreThan: $n) { totalCount } }', variables: { n: '123456789012345678901234567890' } }),
  post('-2^53', { query: 'query($n: Int!) { servicesByInquiryCount(moreThan: $n) { totalCount } }', variables: { n: -(2 ** 53) } }),
  post('a 10,000-digit number in JSON', { query: 'query($n: Int!) { projectByNumber(number: $n) { id } }', variables: { n: 0 } }, 'refused', {
    body: `{"query":"query($n: Int!) { projectByNumber(number: $n) { id } }","variables":{"n":${'9'.repeat(10_000)}}}`,
  }),
];

const MB = 'x'.repeat(1024 * 1024);
const longStrings: HostileRequest[] = [
  post('a 1 MB search variable', { query: 'query($s: String) { services(filter: { search: $s }) { totalCount } }', variables: { s: MB } }),
  post('a 1 MB string literal', { query: `{ services(filter: { search: "${MB}" }) { totalCount } }` }),
  post('a 1 MB id', { query: 'query($id: ID!) { service(id: $id) { id } }', variables: { id: MB } }),
  post('a 1 MB operation name', { query: '{ __typename }', operationName: MB }),
  post('a 90 KB search', { query: 'query($s: String) { agencies(filter: { search: $s }) { totalCount } }', variables: { s: 'ی'.repeat(45_000) } }),
];

const nullBytes: HostileRequest[] = [
  post('a null byte in search', { query: 'query($s: String) { services(filter: { search: $s }) { totalCount } }', variables: { s: 'abc\u0000def' } }),
  post('a null byte in an agency search', { query: 'query($s: String) { agencies(filter: { search: $s }) { totalCount } }', variables: { s: '\u0000' } }),
  post('a null byte in an id', { query: 'query($id: ID!) { agency(id: $id) { id } }', variables: { id: '1\u0000' } }, 'harmless'),
  post('a null byte in a cursor', { query: 'query($a: String) { inquiries(after: $a) { totalCount } }', variables: { a: 'YzE6\u0000' } }),
  post('a null byte in the query text', { query: '{ catalogueStats\u0000 { services } }' }),
  post('a null byte in the operation name', { query: 'query A { __typename }', operationName: 'A\u0000' }),
  post('an unknown operation name', { query: 'query A { __typename }', operationName: 'B' }),
  post('two operations and no name', { query: 'query A { __typename } query B { __typename }' }),
  post('a null byte in a variable name', { query: '{ __typename }', variables: { 'a\u0000': 1 } }, 'harmless'),
];

const unicode: HostileRequest[] = [
  post('Persian mixed with Cyrillic look-alikes', { query: 'query($s: String) { services(filter: { search: $s }) { totalCount } }', variables: { s: 'پروانه раураl' } }, 'harmless'),
  post('a right-to-left override', { query: 'query($s: String) { agencies(filter: { search: $s }) { totalCount } }', variables: { s: '\u202Eوزارت\u202C' } }, 'harmless'),
  post('combining marks (zalgo)', { query: 'query($s: String) { inquiries(filter: { search: $s }) { totalCount } }', variables: { s: 'ا̸̡̛̛͓̰̓̈́ͅس̷̢̧̛̱̮͊ت̴̖̯͚̓̐ع̶͕̣̆͋ل̷̝͕̆ا̴̩̈́م' } }, 'harmless'),
  post('emoji and ZWJ sequences', { query: 'query($s: String) { services(filter: { search: $s }) { totalCount } }', variables: { s: '👩🏽‍💻🏳️‍🌈\u200c\u200d' } }, 'harmless'),
  { ...raw('a lone surrogate', '{"query":"query($s: String) { services(filter: { search: $s }) { totalCount } }","variables":{"s":"\\ud800"}}'), outcome: 'harmless' },
  post('Arabic-Indic digits as an id', { query: 'query($id: ID!) { project(id: $id) { id } }', variables: { id: '١٢' } }, 'harmless'),
  post('full-width digits as a number', { query: 'query($n: Int!) { projectByNumber(number: $n) { id } }', variables: { n: '１２' } }),
  post('a Unicode field name', { query: '{ کاتالوگ { services } }' }),
];

const directives: HostileRequest[] = [
  post('1,000 @include on one field', { query: `{ catalogueStats { services ${'@include(if: true) '.repeat(1000)} } }` }),
  post('25 @skip', { query: `{ catalogueStats { services ${'@skip(if: false) '.repeat(25)} } }` }),
  post('25 unknown directives', { query: `{ catalogueStats { services ${'@nope '.repeat(25)} } }` }),
  post('a directive on every one of 100 fields', { query: `{ catalogueStats { ${Array.from({ length: 100 }, () => 'services @include(if: true)').join(' ')} } }` }),
  post('directives on the operation', { query: `query Q ${'@include(if: true) '.repeat(25)} { __typename }` }),
];

const unknownInSafelist: HostileRequest[] = [
  post('an operation not in the manifest', { query: '{ catalogueStats { services } }' }, 'refused', { target: 'safelist' }),
  post('an unknown hash', { extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } }, 'refused', { target: 'safelist' }),
  post('a hash that is not hex', { extensions: { persistedQuery: { version: 1, sha256Hash: "' OR 1=1 --" } } }, 'refused', { target: 'safelist' }),
  post('a persisted query of version 2', { extensions: { persistedQuery: { version: 2, sha256Hash: '0'.repeat(64) } } }, 'refused', { target: 'safelist' }),
  post('introspection', { query: '{ __schema { types { name } } }' }, 'refused', { target: 'safelist' }),
  post('a mutation', { query: 'mutation { openTicket(projectId: "1", title: "x") { id } }' }, 'refused', { target: 'safelist' }),
  post('a text with a wrong hash', { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: '1'.repeat(64) } } }, 'refused', { target: 'safelist' }),
];

const get = (name: string, path: string, target: HostileRequest['target'] = 'open', headers: Record<string, string> = {}): HostileRequest => ({ name, method: 'GET', path, target, headers, outcome: 'refused' });
const publicSurface: HostileRequest[] = [
  get('GET /metrics on the public port', '/metrics'),
  get('GET /ready on the public port (it would fan out to every subgraph)', '/ready'),
  get('GET /metrics on the public port in production', '/metrics', 'production'),
  get('GET /ready on the public port in production', '/ready', 'production'),
  get('GET /metrics asking for Prometheus text', '/metrics', 'open', { accept: 'text/plain' }),
  get('a path traversal to the package file', '/explorer/../package.json'),
  get('an encoded path traversal', '/explorer/%2e%2e/%2e%2e/.env'),
  get('GraphiQL asked for in production', '/graphql', 'production', { accept: 'text/html' }),
  post('introspection in production', { query: '{ __schema { types { name } } }' }, 'refused', { target: 'production' }),
  post('a client naming its own address for the audit', { query: '{ __typename }' }, 'harmless', { headers: { ...json, 'x-panjare-client-address': '10.0.0.1', 'x-forwarded-for': '1.2.3.4, 5.6.7.8' } }),
  post('a forged gateway identity header', { query: 'mutation { openTicket(projectId: "1", title: "t") { id } }' }, 'refused', { headers: { ...json, 'x-panjare-identity': 'eyJzdWJqZWN0IjoiYWRtaW4ifQ', 'x-panjare-signature': `t=${Math.floor(Date.now() / 1000)},v1=${'A'.repeat(43)}` } }),
];

const tokens: HostileRequest[] = [
  post('a token valid for 100 years', { query: '{ projectStats { projects } }' }, 'refused', { token: { ttl: 100 * 365 * 86_400, roles: ['admin'] } }),
  post('a token valid for a year, writing', { query: 'mutation { reportProgress(projectId: "1", progress: 1) { id } }' }, 'refused', { token: { ttl: 365 * 86_400, roles: ['admin'] } }),
  post('an expired admin token, writing', { query: 'mutation { reportProgress(projectId: "1", progress: 1) { id } }' }, 'refused', { token: { ttl: -60, roles: ['admin'] } }),
  post('a token signed with the deployment placeholder', { query: '{ projectStats { projects } }' }, 'refused', { token: { secret: 'change-me-to-at-least-32-random-characters', roles: ['admin'] } }),
  post('an editor token without a role of its own agency, writing', { query: 'mutation { reportProgress(projectId: "1", progress: 1) { id } }' }, 'refused', { token: { roles: [] } }),
  post('a token of another audience in production', { query: '{ projectStats { projects } }' }, 'refused', { target: 'production', token: { audience: 'another-api' } }),
];

/** Six aliases of three nested pages, each `first` given as `first`: far above the cost limit at 20 items a page. */
const pages = (first: string) =>
  `{ ${Array.from({ length: 6 }, (_, i) => `a${i}: agencies${first} { edges { node { services${first} { edges { node { agency { services${first} { edges { node { id } } } } } } } } } }`).join(' ')} }`;
const COSTLY = '{ agencies(first: 100) { edges { node { services(first: 100) { edges { node { inquiries { provider { code } } } } } } } } }';
const costAndBackstops: HostileRequest[] = [
  { ...raw('an undeclared variable nested 6,000 arrays deep beside a costly query', `{"query":${JSON.stringify(COSTLY)},"variables":{"junk":${'['.repeat(6000)}${']'.repeat(6000)}}}`) },
  post('first: null on a costly shape', { query: pages('(first: null)') }),
  post('first omitted on a costly shape', { query: pages('') }),
  post('first: null from a variable on a costly shape', { query: `query($n: Int) ${pages('(first: $n)')}`, variables: { n: null } }),
  post('a request over its rate budget', { query: '{ services(first: 10) { edges { node { id } } } }' }, 'refused', { target: 'limited' }),
  post('an answer larger than the size cap', { query: '{ services(first: 100) { edges { node { id name { fa en } } } } }' }, 'refused', { target: 'capped' }),
  post('a request past its deadline', { query: '{ services(first: 100) { edges { node { id agency { id } } } } }' }, 'refused', { target: 'hurried' }),
];

const batches: HostileRequest[] = [
  post('a batch of two', [{ query: '{ __typename }' }, { query: '{ __typename }' }]),
  post('a batch of 1,000', Array.from({ length: 1000 }, () => ({ query: '{ catalogueStats { services } }' }))),
  post('an empty batch', []),
];

const injections: HostileRequest[] = rootFields().flatMap((root) =>
  stringSlots(root).flatMap((slot) =>
    SQL_INJECTIONS.map((payload) => post(`SQL injection in ${slot.label}: ${payload}`, { query: operationOf(root), variables: slot.set(payload) }, 'harmless')),
  ),
);

export const HOSTILE_CORPUS: HostileRequest[] = [
  ...invalidJson,
  ...wrongContentType,
  ...getMutations,
  ...depth,
  ...aliases,
  ...fragmentCycles,
  ...hugeFirst,
  ...hugeIntegers,
  ...longStrings,
  ...nullBytes,
  ...unicode,
  ...directives,
  ...unknownInSafelist,
  ...publicSurface,
  ...tokens,
  ...costAndBackstops,
  ...batches,
  ...injections,
];

/**
 * Replays of a call captured on the wire between the gateway and a subgraph (test/gateway/replay.test.ts
 * sends them through a recording proxy to real subgraphs). `captured`: a write (reportProgress, with an
 * Idempotency-Key or without one, when nothing else would stop it from being written twice) or a read;
 * `change`: what the attacker alters before sending the captured headers again, straight to a subgraph.
 * "refused" must get 401 UNAUTHENTICATED, write nothing and be logged once as a security event;
 * "answered" is the documented choice for a read replayed verbatim within its window (README).
 */
export interface HostileReplay {
  name: string;
  captured: 'write' | 'write without a retry key' | 'read';
  change: 'another body' | 'another subgraph' | 'nothing' | 'nothing, at another replica' | 'another retry key' | 'another client address' | 'another path';
  outcome: 'refused' | 'answered';
}

export const HOSTILE_REPLAYS: HostileReplay[] = [
  { name: 'a write replayed for another project and figure', captured: 'write', change: 'another body', outcome: 'refused' },
  { name: 'a write replayed to another subgraph', captured: 'write', change: 'another subgraph', outcome: 'refused' },
  { name: 'a write replayed verbatim', captured: 'write', change: 'nothing', outcome: 'refused' },
  { name: 'a write without a retry key replayed verbatim', captured: 'write without a retry key', change: 'nothing', outcome: 'refused' },
  { name: 'a write replayed verbatim at another replica of its subgraph', captured: 'write', change: 'nothing, at another replica', outcome: 'refused' },
  { name: 'a write replayed with another Idempotency-Key', captured: 'write', change: 'another retry key', outcome: 'refused' },
  { name: 'a write replayed in another client\'s name for the audit', captured: 'write', change: 'another client address', outcome: 'refused' },
  { name: 'a read replayed with another query', captured: 'read', change: 'another body', outcome: 'refused' },
  { name: 'a read replayed to another subgraph', captured: 'read', change: 'another subgraph', outcome: 'refused' },
  { name: 'a read replayed to another path', captured: 'read', change: 'another path', outcome: 'refused' },
  { name: 'a read replayed verbatim within its window', captured: 'read', change: 'nothing', outcome: 'answered' },
];

import type { Config } from '../../lib/config';
import type { RunningServer } from '../../lib/http/server';
import { startGateway } from '../../gateway/gateway';
import { catalogue } from '../../subgraphs/catalogue';
import { inquiries } from '../../subgraphs/inquiries';
import { projects } from '../../subgraphs/projects';
import { startSubgraph, type RunningSubgraph } from '../../subgraphs/common/subgraph';
import { captureLogger } from '../support/capture-logger';
import { startChild } from '../support/child';
import { createScratchDatabase, type TestDatabase } from '../support/database';
import { startExtraGateway } from '../support/gateway';
import { post, startTestStack, TEST_SUBGRAPH_SECRET, testDatabaseUrl, testConfig, type TestStack } from '../support/stack';

/** NODE_ENV=production: introspection and suggestions off, CSRF prevention, CORS allow-list, masked errors with a request id. */
const ALLOWED = 'https://panjare.example';
let stack: TestStack;
let production: RunningServer;
beforeAll(async () => {
  stack = await startTestStack();
  production = await startExtraGateway(stack, { NODE_ENV: 'production', CORS_ORIGINS: ALLOWED });
});
afterAll(async () => {
  await production.stop();
  await stack.stop();
});

const leaks = /stacktrace|\n\s+at |SELECT |relation |catalogue\.|inquiries\.|projects\.|ECONN|127\.0\.0\.1/;

describe('introspection', () => {
  it.each(['{ __schema { types { name } } }', '{ __type(name: "Service") { fields { name } } }'])('is refused in production: %s', async (query) => {
    const response = await post(production.url, query);
    expect(response.status).toBe(400);
    expect(response.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.data).toBeUndefined();
  });

  it('is on outside production, and on in production when INTROSPECTION=true', async () => {
    expect((await stack.query('{ __schema { queryType { name } } }')).data.__schema.queryType.name).toBe('Query');
    const enabled = await startExtraGateway(stack, { NODE_ENV: 'production', INTROSPECTION: 'true' });
    try {
      expect((await post(enabled.url, '{ __schema { queryType { name } } }')).data.__schema.queryType.name).toBe('Query');
    } finally {
      await enabled.stop();
    }
  });

  it('__typename still works', async () => {
    expect((await post(production.url, '{ __typename }')).data).toEqual({ __typename: 'Query' });
  });
});

it('field suggestions are off in production, on in development', async () => {
  const query = '{ catalogueStat { services } }';
  expect((await stack.query(query)).errors![0].message).toMatch(/Did you mean "catalogueStats"/);
  const response = await post(production.url, query);
  expect(response.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(response.errors![0].message).not.toMatch(/Did you mean|catalogueStats/);
});

describe('CSRF prevention', () => {
  it('refuses a simple cross-site POST (text/plain) and a GET without a preflight header', async () => {
    const plain = await fetch(production.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ catalogueStats { services } }"}' });
    expect(plain.status).toBe(400);
    expect(await plain.text()).toMatch(/Cross-Site Request Forgery/);
    const get = await fetch(`${production.url}?query=${encodeURIComponent('{ catalogueStats { services } }')}`);
    expect(get.status).toBe(400);
  });

  it('lets a GET with apollo-require-preflight through', async () => {
    const get = await fetch(`${production.url}?query=${encodeURIComponent('{ catalogueStats { services } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { catalogueStats: { services: 779 } } });
  });
});

describe('CORS', () => {
  const preflight = (origin: string) =>
    fetch(production.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });

  it('allows the listed origin', async () => {
    const response = await preflight(ALLOWED);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
  });

  it('does not allow another origin', async () => {
    const response = await preflight('https://evil.example');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const post = await fetch(production.url, { method: 'POST', headers: { origin: 'https://evil.example', 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('tells the browser to keep the answer to a preflight, and allows no credentials unless configured', async () => {
    const response = await preflight(ALLOWED);
    expect(response.headers.get('access-control-max-age')).toBe('7200');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('access-control-allow-methods')).toBe('GET,POST');
  });

  it('does not allow the development servers\' origins in production', async () => {
    expect((await preflight('http://localhost:5173')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows credentials to the listed origins when CORS_CREDENTIALS is set', async () => {
    const credentialed = await startExtraGateway(stack, { NODE_ENV: 'production', CORS_ORIGINS: ALLOWED, CORS_CREDENTIALS: 'true', CORS_MAX_AGE_S: '600' });
    try {
      const response = await fetch(credentialed.url, { method: 'OPTIONS', headers: { origin: ALLOWED, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' } });
      expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
      expect(response.headers.get('access-control-allow-credentials')).toBe('true');
      expect(response.headers.get('access-control-max-age')).toBe('600');
    } finally {
      await credentialed.stop();
    }
  });

  it('outside production, with CORS_ORIGINS set, also allows the local development servers (Vite, Next.js, Angular…)', async () => {
    const development = await startExtraGateway(stack, { CORS_ORIGINS: ALLOWED });
    try {
      for (const origin of ['http://localhost:5173', 'http://localhost:3000', 'http://127.0.0.1:4200']) {
        const response = await fetch(development.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
        expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      }
      const other = await fetch(development.url, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await development.stop();
    }
  });
});

describe('error masking', () => {
  let database: TestDatabase;
  const started: RunningServer[] = [];
  const subgraphLog = captureLogger('catalogue');
  const gatewayLog = captureLogger('gateway');
  let gateway: RunningServer;
  let config: Config;

  beforeAll(async () => {
    database = await createScratchDatabase(testDatabaseUrl());
    config = testConfig({ NODE_ENV: 'production', LOG_LEVEL: 'info' });
    const options = { config, databaseUrl: database.url, port: 0 };
    const subgraphs: Record<string, RunningSubgraph> = {
      catalogue: await startSubgraph(catalogue, { ...options, logger: subgraphLog.logger }),
      inquiries: await startSubgraph(inquiries, { ...options, logger: captureLogger('inquiries').logger }),
      projects: await startSubgraph(projects, { ...options, logger: captureLogger('projects').logger }),
    };
    started.push(...Object.values(subgraphs));
    gateway = await startGateway({
      config,
      port: 0,
      urls: { catalogue: subgraphs.catalogue.url, inquiries: subgraphs.inquiries.url, projects: subgraphs.projects.url },
      logger: gatewayLog.logger,
    });
    started.unshift(gateway);
    // A bug stand-in: a table the resolvers need is gone, so PostgreSQL answers with an error naming it.
    await subgraphs.catalogue.dataSource.query('DROP TABLE catalogue.sub_service CASCADE');
  });
  afterAll(async () => {
    for (const server of started) await server.stop();
    await database.drop();
  });

  it('clients get a message, a code and the request id; the log has the SQL error under the same id', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ catalogueStats { subServices } }' }),
    });
    const body = await response.json();
    expect(response.status).toBe(200);
    expect(body.errors).toHaveLength(1);
    const [error] = body.errors;
    expect(error.message).toBe('Internal server error');
    expect(error.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error.extensions.requestId).toBe(response.headers.get('x-request-id'));
    expect(JSON.stringify(body)).not.toMatch(leaks);
    expect(JSON.stringify(body)).not.toMatch(/sub_service|does not exist/);

    const logged = subgraphLog.lines.find((line) => line.requestId === error.extensions.requestId && line.msg === 'unexpected error');
    expect(logged).toBeDefined();
    expect(JSON.stringify(logged)).toMatch(/sub_service/);
  });

  it("a subgraph's user error is answered without the subgraph's name; the log keeps it under the request id", async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ inquiries(after: "not-a-cursor") { totalCount } }' }),
    });
    const [error] = (await response.json()).errors;
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'after', requestId: response.headers.get('x-request-id') });
    const logged = gatewayLog.lines.find((line) => line.requestId === error.extensions.requestId && line.msg === 'error answered without its internal details');
    expect(logged).toMatchObject({ code: 'BAD_USER_INPUT', serviceName: 'inquiries' });
  });

  it('a client-given request id is kept and echoed', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'client-trace-0001' },
      body: JSON.stringify({ query: '{ catalogueStats { subServices } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('client-trace-0001');
    expect((await response.json()).errors[0].extensions.requestId).toBe('client-trace-0001');
  });

  it('a request id that is not plain is replaced', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': '<script>' },
      body: JSON.stringify({ query: '{ nope }' }),
    });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect((await response.json()).errors[0].extensions.requestId).toBe(response.headers.get('x-request-id'));
  });

  it('a subgraph that is down is not named to the client', async () => {
    await started.at(-1)!.stop();
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ projectStats { projects } }' }),
    });
    const body = await response.json();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].message).toBe('Part of the answer is unavailable; the rest is complete. Retry later');
    expect(body.errors[0].extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', requestId: response.headers.get('x-request-id') });
    expect(JSON.stringify(body)).not.toMatch(/projects|subgraph/);
    expect(gatewayLog.lines.find((line) => line.requestId === body.errors[0].extensions.requestId)).toMatchObject({ serviceName: 'projects' });
  });
});

describe('GraphiQL', () => {
  const page = (url: string) => fetch(url, { headers: { accept: 'text/html' } });

  it('is not served in production: a browser asking for /graphql gets no page (a JSON 400)', async () => {
    const response = await page(production.url);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await response.text()).not.toMatch(/GraphiQL|<html/i);
  });

  it('is served in production when GRAPHIQL=true, with introspection on for its schema docs', async () => {
    const enabled = await startExtraGateway(stack, { NODE_ENV: 'production', GRAPHIQL: 'true' });
    try {
      const response = await page(enabled.url);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('GraphiQL');
      expect((await post(enabled.url, '{ __schema { queryType { name } } }')).data.__schema.queryType.name).toBe('Query');
    } finally {
      await enabled.stop();
    }
  });

  it('is off outside production when GRAPHIQL=false', async () => {
    const disabled = await startExtraGateway(stack, { GRAPHIQL: 'false' });
    try {
      expect((await page(disabled.url)).status).toBe(400);
    } finally {
      await disabled.stop();
    }
  });
});

describe('secrets in production', () => {
  const start = (env: Record<string, string>) => startChild('gateway/index.ts', { NODE_ENV: 'production', HOST: '127.0.0.1', GATEWAY_PORT: '0', SUBGRAPH_SECRET: TEST_SUBGRAPH_SECRET, ...env }, /gateway ready at/, 90_000);

  it.each([
    ['JWT_SECRET', 'change-me-to-at-least-32-random-characters', /JWT_SECRET: is a placeholder value/],
    ['SUBGRAPH_SECRET', 'change-me-to-another-32-random-characters', /SUBGRAPH_SECRET: is a placeholder value/],
    ['SUBGRAPH_SECRET', 'qwertyuiopasdfghjklzxcvbnm1234567890', /SUBGRAPH_SECRET: is too easy to guess/],
  ])('the gateway refuses to start with %s=%s, naming it', async (name, value, message) => {
    const refused = await start({ [name]: value }).then(
      () => undefined,
      (error: Error) => error.message,
    );
    expect(refused).toMatch(/exited 1 before it was ready/);
    expect(refused).toMatch(message);
    expect(refused).not.toMatch(/\n\s+at /); // a configuration error: its message, not a stack
  }, 120_000);

  it('a subgraph refuses to start with a placeholder database password', async () => {
    const url = new URL(testDatabaseUrl());
    url.password = 'change-me';
    const refused = await startChild('subgraphs/catalogue/index.ts', { NODE_ENV: 'production', HOST: '127.0.0.1', CATALOGUE_PORT: '0', DATABASE_URL: url.toString() }, /ready at/, 90_000).then(
      () => undefined,
      (error: Error) => error.message,
    );
    expect(refused).toMatch(/DATABASE_URL: its password is a placeholder/);
  }, 120_000);
});

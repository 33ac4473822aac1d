import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type Config } from '../../lib/config';
import { ROOT } from '../../lib/paths';
import { startStack, type Stack } from '../../scripts/stack';
import { URL_VARIABLE } from './database';

export interface GraphQLResponse<Data = any> {
  status: number;
  data?: Data;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/**
 * The token secret every test stack uses unless a test passes its own (tests mint tokens with
 * it); random, as production refuses a guessable one. SUBGRAPH_SECRET is unset, as in a local run: the gateway signs with a generated local
 * secret and the subgraphs still answer unsigned reads; tests of the strict mode set it.
 */
export const TEST_SECRETS = {
  JWT_SECRET: 'OyaXmlQPN77amg6NPyIl3r4IgXFlNh3zt-OTwt3n0ck',
  // One file per checkout: test runs of two worktrees side by side must not rewrite each other's.
  LOCAL_SECRETS_FILE: join(tmpdir(), `panjare-test-local-secrets-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}.json`),
};
export const TEST_SUBGRAPH_SECRET = '_YcKrYwIKTjXVZVVnLI1GpQPnRBkroWo38xXjK4kXh8';

/** What the global setup writes to TEST_SECRETS.LOCAL_SECRETS_FILE, so every test process signs alike. */
export const TEST_LOCAL_SECRETS = { jwtSecret: TEST_SECRETS.JWT_SECRET, subgraphSecret: TEST_SUBGRAPH_SECRET };

/** The inquiries subgraph's catalogue follower runs only when a test runs it (`background.runOnce()`) or sets an interval. */
export const TEST_NO_FOLLOWER = { CATALOGUE_FOLLOW_INTERVAL_MS: '0' };

/** Tests send thousands of costly requests from one address: the rate limit is off unless a test sets budgets of its own. */
export const TEST_UNTHROTTLED = { RATE_LIMIT_POINTS: '0', RATE_LIMIT_WRITE_POINTS: '0' };

/**
 * The configuration of every server a test starts: test defaults and secrets, then `env`.
 * Production refuses to start without SUBGRAPH_SECRET; it gets the secret the local secrets
 * file holds, so a production gateway and the non-strict test subgraphs agree.
 */
export function testConfig(env: Record<string, string> = {}): Config {
  const production = env.NODE_ENV === 'production' ? { SUBGRAPH_SECRET: TEST_SUBGRAPH_SECRET } : {};
  // The response cache is off unless a test asks for it: the other tests measure the subgraphs' work on each request.
  // The catalogue follower too: its rounds would add statements to those counted; its tests run it themselves.
  return loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', HOST: '127.0.0.1', RESPONSE_CACHE: 'false', ENTITY_CACHE: 'false', ...TEST_NO_FOLLOWER, ...TEST_UNTHROTTLED, ...TEST_SECRETS, ...production, ...env });
}

export interface TestStack extends Stack {
  databaseUrl: string;
  /** POSTs a GraphQL operation to the gateway, with extra headers (Authorization, Idempotency-Key). */
  query<Data = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<Data>>;
  /** The same, expecting an answer without errors: its data. */
  ok<Data = any>(query: string, variables?: Record<string, unknown>): Promise<Data>;
  /** SQL statements the three subgraphs sent while `run` ran. */
  countStatements<T>(run: () => Promise<T>): Promise<{ result: T; statements: number }>;
}

export function testDatabaseUrl(): string {
  const url = process.env[URL_VARIABLE];
  if (!url) throw new Error(`${URL_VARIABLE} is not set: run the tests with jest, whose global setup boots the database`);
  return url;
}

export async function post<Data = any>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<Data>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

/** The real subgraphs and gateway over HTTP on free ports, against the test database (or `databaseUrl`). */
export async function startTestStack(env: Record<string, string> = {}, databaseUrl = testDatabaseUrl()): Promise<TestStack> {
  const config = testConfig(env);
  const stack = await startStack(config, databaseUrl, { gateway: 0, catalogue: 0, inquiries: 0, projects: 0 });
  const counters = Object.values(stack.subgraphs).map((subgraph) => subgraph.statements);
  const total = () => counters.reduce((sum, counter) => sum + counter.count, 0);
  return {
    ...stack,
    databaseUrl,
    query: (query, variables, headers) => post(stack.gateway.url, query, variables, headers),
    ok: async (query, variables) => {
      const response = await post(stack.gateway.url, query, variables);
      expect(response.errors).toBeUndefined();
      return response.data;
    },
    countStatements: async (run) => {
      const before = total();
      const result = await run();
      return { result, statements: total() - before };
    },
  };
}

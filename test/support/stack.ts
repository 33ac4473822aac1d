import { loadConfig } from '../../lib/config';
import { startStack, type Stack } from '../../lib/stack';
import { URL_VARIABLE } from './database';

export interface GraphQLResponse<Data = any> {
  status: number;
  data?: Data;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface TestStack extends Stack {
  databaseUrl: string;
  /** POSTs a GraphQL operation to the gateway. */
  query<Data = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<Data>>;
  /** SQL statements the three subgraphs sent while `run` ran. */
  countStatements<T>(run: () => Promise<T>): Promise<{ result: T; statements: number }>;
}

export function testDatabaseUrl(): string {
  const url = process.env[URL_VARIABLE];
  if (!url) throw new Error(`${URL_VARIABLE} is not set: run the tests with jest, whose global setup boots the database`);
  return url;
}

export async function post<Data = any>(url: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<Data>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

/** The real subgraphs and gateway over HTTP on free ports, against the test database (or another, e.g. a fixture's). */
export async function startTestStack(env: Record<string, string> = {}, databaseUrl = testDatabaseUrl()): Promise<TestStack> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', HOST: '127.0.0.1', ...env });
  const stack = await startStack(config, databaseUrl, { gateway: 0, catalogue: 0, inquiries: 0, projects: 0 });
  const counters = Object.values(stack.subgraphs).map((subgraph) => subgraph.statements);
  const total = () => counters.reduce((sum, counter) => sum + counter.count, 0);
  return {
    ...stack,
    databaseUrl,
    query: (query, variables) => post(stack.gateway.url, query, variables),
    countStatements: async (run) => {
      const before = total();
      const result = await run();
      return { result, statements: total() - before };
    },
  };
}

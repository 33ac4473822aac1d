import { scrape, total } from '../support/prometheus';
import { startTestStack, type TestStack } from '../support/stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

const AGENCIES_WITH_PROJECTS = `query AgenciesWithProjects { agencies(first: 20) { edges { node { id services(first: 2) { totalCount } projects { id number } } } } }`;

it('the gateway counts and times operations by name and outcome, and each subgraph fetch; process metrics are there', async () => {
  const origin = stack.gateway.internalUrl;
  const before = await scrape(origin);
  expect((await stack.query(AGENCIES_WITH_PROJECTS)).errors).toBeUndefined();
  expect((await stack.query(AGENCIES_WITH_PROJECTS)).errors).toBeUndefined();
  const bad = await stack.query(`query BadPage { agencies(first: -1) { edges { node { id } } } }`);
  expect(bad.errors?.length).toBeGreaterThan(0);
  const after = await scrape(origin);
  const delta = (name: string, labels: Record<string, string>) => total(after, name, labels) - total(before, name, labels);

  expect(delta('panjare_graphql_requests_total', { service: 'gateway', operation: 'AgenciesWithProjects', outcome: 'success' })).toBe(2);
  expect(delta('panjare_graphql_requests_total', { service: 'gateway', operation: 'BadPage', outcome: 'error' })).toBe(1);
  expect(delta('panjare_graphql_request_duration_seconds_count', { operation: 'AgenciesWithProjects', outcome: 'success' })).toBe(2);
  expect(delta('panjare_graphql_request_duration_seconds_bucket', { operation: 'AgenciesWithProjects', le: '+Inf' })).toBe(2);
  // Each run fetches the catalogue (the page), then the projects subgraph (each agency's projects); BadPage fails in the catalogue.
  expect(delta('panjare_subgraph_fetches_total', { subgraph: 'catalogue', outcome: 'success' })).toBe(2);
  expect(delta('panjare_subgraph_fetches_total', { subgraph: 'projects', outcome: 'success' })).toBe(2);
  expect(delta('panjare_subgraph_fetch_duration_seconds_count', { subgraph: 'projects' })).toBe(2);
  expect(delta('panjare_subgraph_fetches_total', { subgraph: 'catalogue', outcome: 'error' })).toBe(1);
  expect(total(after, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
  expect(total(after, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  expect(after.filter((sample) => sample.name === 'nodejs_eventloop_lag_seconds')).toHaveLength(1);
});

it('a subgraph reports its operations, DataLoader batch sizes, SQL statements (as many as it sent) and its pool', async () => {
  const origin = stack.subgraphs.projects.internalUrl;
  const before = await scrape(origin);
  const counted = await stack.countStatements(() => stack.query(AGENCIES_WITH_PROJECTS));
  expect(counted.result.errors).toBeUndefined();
  const after = await scrape(origin);
  const delta = (name: string, labels: Record<string, string> = {}) => total(after, name, labels) - total(before, name, labels);

  // The gateway asks the projects subgraph for 20 agencies' projects in one _entities fetch: one batch of 20 keys.
  expect(delta('panjare_graphql_requests_total', { service: 'projects', outcome: 'success' })).toBe(1);
  expect(delta('panjare_dataloader_batch_size_count', { service: 'projects' })).toBeGreaterThanOrEqual(1);
  expect(delta('panjare_dataloader_batch_size_sum', { service: 'projects' })).toBeGreaterThanOrEqual(20);
  expect(delta('panjare_dataloader_batch_size_bucket', { service: 'projects', le: '10' })).toBeLessThan(delta('panjare_dataloader_batch_size_count', { service: 'projects' }));

  const projectStatements = delta('panjare_sql_statements_total', { service: 'projects', pool: 'primary', outcome: 'success' });
  const catalogueAfter = await scrape(stack.subgraphs.catalogue.internalUrl);
  expect(projectStatements).toBeGreaterThanOrEqual(1);
  expect(projectStatements).toBeLessThanOrEqual(counted.statements);
  expect(delta('panjare_sql_statement_duration_seconds_count', { service: 'projects', pool: 'primary' })).toBe(projectStatements);
  expect(total(catalogueAfter, 'panjare_sql_statements_total', { service: 'catalogue' })).toBeGreaterThan(0);
  expect(total(after, 'panjare_db_pool_connections', { service: 'projects', pool: 'primary', state: 'total' })).toBeGreaterThanOrEqual(1);
  expect(total(after, 'process_resident_memory_bytes')).toBeGreaterThan(0);
});

it('SQL statements counted by the metrics match the statement counter exactly', async () => {
  const subgraph = stack.subgraphs.catalogue;
  const origin = subgraph.internalUrl;
  const before = total(await scrape(origin), 'panjare_sql_statements_total', { service: 'catalogue' });
  const counterBefore = subgraph.statements.count;
  await stack.query(AGENCIES_WITH_PROJECTS);
  await stack.query(`{ services(first: 5) { edges { node { id subServices { id } } } } }`);
  expect(total(await scrape(origin), 'panjare_sql_statements_total', { service: 'catalogue' }) - before).toBe(subgraph.statements.count - counterBefore);
});

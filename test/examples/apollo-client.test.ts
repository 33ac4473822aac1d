/**
 * @jest-environment-options {"customExportConditions": ["development", "node", "require"]}
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { ApolloClient, HttpLink } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { buildSchema, getNamedType, isObjectType, parse, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { panjareCache } from '../../examples/apollo-client/cache';
import { readExampleOperations } from '../../gateway/example-operations';
import { ROOT } from '../../lib/paths';
import { startScratchStack } from '../support/scratch-stack';
import type { TestStack } from '../support/stack';
import { bearer } from '../support/tokens';

/**
 * The README's example operations through Apollo Client with the cache the README documents
 * (examples/apollo-client/cache.ts), against the real gateway: each answers with data, is read back whole from the
 * cache, survives being fetched again and paged, and Apollo Client warns of nothing (a lost field, a missing id). Apollo
 * Client's warnings are in its development build only, so this file resolves packages with the `development` condition.
 */
const examples = readExampleOperations().map((example) => {
  const document = parse(example.source);
  const operation = document.definitions[0] as OperationDefinitionNode;
  return { ...example, document, name: operation.name?.value, kind: operation.operation };
});
const queries = examples.filter((example) => example.kind === 'query');
const schema = buildSchema(readFileSync(join(ROOT, 'schema', 'api.graphql'), 'utf8'));

/** The paths of the selections of an entity (a type with an `id`) that leave its id out. */
function entitiesWithoutId(document: DocumentNode): string[] {
  const typeInfo = new TypeInfo(schema);
  const missing: string[] = [];
  visit(document, visitWithTypeInfo(typeInfo, {
    Field(field) {
      const type = getNamedType(typeInfo.getType());
      if (!field.selectionSet || !isObjectType(type) || !type.getFields().id) return;
      const selected = field.selectionSet.selections.some((selection) => selection.kind === 'Field' && selection.name.value === 'id');
      if (!selected) missing.push(`${field.name.value}: ${type.name}`);
    },
  }));
  return missing;
}

let stack: TestStack;
let client: ApolloClient;
const warnings: unknown[][] = [];
const spies: jest.SpyInstance[] = [];

beforeAll(async () => {
  stack = await startScratchStack();
  const editor = await bearer({ roles: ['admin'], subject: 'frontend-test' });
  client = new ApolloClient({ link: new HttpLink({ uri: stack.gateway.url, headers: editor }), cache: panjareCache() });
  for (const method of ['warn', 'error'] as const) {
    spies.push(jest.spyOn(console, method).mockImplementation((...args: unknown[]) => void warnings.push(args)));
  }
});
afterAll(async () => {
  for (const spy of spies) spy.mockRestore();
  client?.stop();
  await stack?.stop();
});

describe('the README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);

  it('shows exactly the example operations of examples/queries, each whole, and the cache configuration they are run with', () => {
    expect(blocks.sort()).toEqual(examples.map((example) => example.source).sort());
    expect(readme).toContain(`\`\`\`ts\n${readFileSync(join(ROOT, 'examples', 'apollo-client', 'cache.ts'), 'utf8')}\`\`\``);
  });

  it.each(examples.map((example) => [example.file, example] as const))('%s is one named operation, selecting the id of every entity', (_file, example) => {
    expect(example.document.definitions).toHaveLength(1);
    expect(example.name).toMatch(/^[A-Z][A-Za-z]+$/);
    expect(entitiesWithoutId(example.document)).toEqual([]);
  });
});

describe('through Apollo Client and its normalized cache', () => {
  it.each(queries.map((example) => [example.name!, example] as const))('%s answers with data and is read back whole from the cache', async (_name, example) => {
    const result = await client.query({ query: example.document, variables: example.variables });
    expect(result.error).toBeUndefined();
    expect(result.data).toBeTruthy();
    expect(client.readQuery({ query: example.document, variables: example.variables })).toEqual(result.data);
  });

  it('every query fetched again from the network, in another order, replaces nothing it should not', async () => {
    for (const example of [...queries].reverse()) {
      const result = await client.query({ query: example.document, variables: example.variables, fetchPolicy: 'network-only' });
      expect(result.data).toBeTruthy();
    }
    for (const example of queries) expect(client.readQuery({ query: example.document, variables: example.variables })).not.toBeNull();
  });

  it('the next page of the heavy services is appended to the same list', async () => {
    const heavy = examples.find((example) => example.name === 'HeavyServices')!;
    const first = client.readQuery<any>({ query: heavy.document })!;
    const second = await client.query<any>({ query: heavy.document, variables: { after: first.servicesByInquiryCount.pageInfo.endCursor }, fetchPolicy: 'network-only' });
    expect(second.data!.servicesByInquiryCount.edges).toHaveLength(100);
    const ids = second.data!.servicesByInquiryCount.edges.map((edge: any) => edge.node.id);
    expect(new Set(ids).size).toBe(100);
  });

  it("a write's answer updates the cached project: the overview read from the cache shows the new version and progress", async () => {
    const write = examples.find((example) => example.kind === 'mutation')!;
    const overview = examples.find((example) => example.name === 'ProjectsOverview')!;
    const before = client.readQuery<any>({ query: overview.document })!.projects.find((project: any) => project.id === write.variables.projectId);
    const result = await client.mutate<any>({ mutation: write.document, variables: { ...write.variables, expectedVersion: before.version } });
    expect(result.error).toBeUndefined();
    const after = client.readQuery<any>({ query: overview.document }, true)!.projects.find((project: any) => project.id === write.variables.projectId);
    expect(after).toMatchObject({ version: before.version + 1, progress: write.variables.progress });
  });

  it('persisted queries over GET, as the README sets them up: the hash first, the query once, then GETs a CDN may keep', async () => {
    const seen: { method: string; url: string; cacheControl: string | null }[] = [];
    const recording: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      seen.push({ method: init?.method ?? 'GET', url: String(input), cacheControl: response.headers.get('cache-control') });
      return response;
    };
    const sha256 = (query: string) => createHash('sha256').update(query).digest('hex');
    const cdnClient = new ApolloClient({
      link: new PersistedQueryLink({ sha256, useGETForHashedQueries: true }).concat(new HttpLink({ uri: stack.gateway.url, fetch: recording })),
      cache: panjareCache(),
    });
    const heavy = examples.find((example) => example.name === 'HeavyServices')!;
    for (let run = 0; run < 2; run += 1) {
      const result = await cdnClient.query({ query: heavy.document, fetchPolicy: 'network-only' });
      expect(result.data).toBeTruthy();
    }
    cdnClient.stop();
    // Unknown hash (GET), then the query registered (POST), then the hash alone (GET), with the schema's cache policy.
    expect(seen.map(({ method }) => method)).toEqual(['GET', 'POST', 'GET']);
    expect(seen[2]!.url).toContain('persistedQuery');
    expect(seen[2]!.url).not.toContain('servicesByInquiryCount');
    // The shortest hint of what it holds: the owning projects' 30 s.
    expect(seen[2]!.cacheControl).toBe('max-age=30, public');
  });

  it('Apollo Client warned of nothing', () => {
    expect(warnings).toEqual([]);
  });
});

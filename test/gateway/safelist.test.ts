import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningServer } from '../../lib/http/server';
import { ROOT } from '../../lib/paths';
import { buildManifest, operationId, readManifest } from '../../gateway/safelist';
import { startExtraGateway } from '../support/gateway';
import { startTestStack, type TestStack } from '../support/stack';

const send = async (url: string, body: object) => {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, ...((await response.json()) as { data?: any; errors?: any[] }) };
};
const apq = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

describe('automatic persisted queries (on by default)', () => {
  const query = '{ catalogueStats { agencies } }';

  it('an unknown hash asks for the text; after it is sent once, the hash alone runs', async () => {
    const hash = operationId(query);
    expect((await send(stack.gateway.url, { extensions: apq(hash) })).errors![0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await send(stack.gateway.url, { query, extensions: apq(hash) })).data).toEqual({ catalogueStats: { agencies: 108 } });
    expect((await send(stack.gateway.url, { extensions: apq(hash) })).data).toEqual({ catalogueStats: { agencies: 108 } });
  });

  it('can be turned off', async () => {
    const off = await startExtraGateway(stack, { PERSISTED_QUERIES: 'off' });
    try {
      expect((await send(off.url, { extensions: apq(operationId(query)) })).errors![0].extensions.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
    } finally {
      await off.stop();
    }
  });
});

describe('the manifest', () => {
  it('npm run safelist writes one entry per .graphql file, its id the SHA-256 of its body', () => {
    const dir = mkdtempSync(join(tmpdir(), 'panjare-safelist-'));
    mkdirSync(join(dir, 'ops'));
    writeFileSync(join(dir, 'ops', 'B.graphql'), 'query B { projectStats { projects } }\n');
    writeFileSync(join(dir, 'ops', 'A.graphql'), 'query A { catalogueStats { agencies } }\n');
    writeFileSync(join(dir, 'ops', 'notes.txt'), 'ignored');
    const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'safelist.ts'), join(dir, 'ops'), join(dir, 'manifest.json')], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.operations.map((operation: { name: string }) => operation.name)).toEqual(['A', 'B']);
    expect(manifest.operations[0]).toEqual({ id: operationId('query A { catalogueStats { agencies } }'), name: 'A', body: 'query A { catalogueStats { agencies } }' });
    expect([...readManifest(join(dir, 'manifest.json')).keys()]).toEqual(manifest.operations.map((operation: { id: string }) => operation.id));
  });

  it('a file that does not parse stops the script, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'panjare-safelist-'));
    writeFileSync(join(dir, 'Broken.graphql'), 'query { nope');
    expect(() => buildManifest(dir)).toThrow(/Broken\.graphql: Syntax Error/);
  });

  it('the committed manifest is up to date with safelist/operations', () => {
    const committed = JSON.parse(readFileSync(join(ROOT, 'safelist', 'manifest.json'), 'utf8'));
    expect(committed).toEqual(buildManifest(join(ROOT, 'safelist', 'operations')));
  });

  it('a tampered manifest is refused at start', () => {
    const dir = mkdtempSync(join(tmpdir(), 'panjare-safelist-'));
    const path = join(dir, 'manifest.json');
    writeFileSync(path, JSON.stringify({ format: 'panjare-safelist', version: 1, operations: [{ id: 'a'.repeat(64), name: 'X', body: '{ __typename }' }] }));
    expect(() => readManifest(path)).toThrow(/not the SHA-256/);
  });
});

describe('safelist mode', () => {
  let gateway: RunningServer;
  const manifest = buildManifest(join(ROOT, 'safelist', 'operations'));
  const heavy = manifest.operations.find((operation) => operation.name === 'HeavyServices')!;

  beforeAll(async () => {
    gateway = await startExtraGateway(stack, { PERSISTED_QUERIES: 'safelist' });
  });
  afterAll(() => gateway.stop());

  it('runs a manifest operation sent by id alone', async () => {
    const response = await send(gateway.url, { extensions: apq(heavy.id), variables: { moreThan: 20, first: 2 } });
    expect(response.errors).toBeUndefined();
    expect(response.data.servicesByInquiryCount.totalCount).toBe(241);
    expect(response.data.servicesByInquiryCount.edges).toHaveLength(2);
  });

  it('runs a manifest operation sent as its exact text', async () => {
    const response = await send(gateway.url, { query: heavy.body, variables: { moreThan: 20, first: 1 } });
    expect(response.data.servicesByInquiryCount.totalCount).toBe(241);
  });

  it.each([
    ['an operation not in the manifest', { query: '{ catalogueStats { agencies } }' }, 'OPERATION_NOT_SAFELISTED'],
    ['a manifest operation with one character changed', { query: `${heavy.body} `, variables: { moreThan: 20 } }, 'OPERATION_NOT_SAFELISTED'],
    ['introspection', { query: '{ __schema { types { name } } }' }, 'OPERATION_NOT_SAFELISTED'],
    ['an unknown id', { extensions: apq('f'.repeat(64)) }, 'PERSISTED_QUERY_NOT_FOUND'],
    ['an unknown id with its text (no registration)', { query: '{ projectStats { projects } }', extensions: apq(operationId('{ projectStats { projects } }')) }, 'OPERATION_NOT_SAFELISTED'],
  ])('refuses %s before any subgraph is called', async (_case, body, code) => {
    const { result, statements } = await stack.countStatements(() => send(gateway.url, body));
    expect(statements).toBe(0);
    expect(result.data).toBeUndefined();
    expect(result.errors![0].extensions.code).toBe(code);
  });

  it('registers nothing: a refused operation stays refused by id', async () => {
    const hash = operationId('{ projectStats { projects } }');
    expect((await send(gateway.url, { extensions: apq(hash) })).errors![0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});

import { ROOT } from '../../lib/paths';
import { importCycles, importGraph, type Import } from '../support/imports';

/**
 * The layers run one way: lib/ is plumbing and knows nothing above it; the gateway and the
 * subgraphs know lib/ only (they meet over HTTP, through the supergraph); the seeds know the
 * subgraphs whose tables they fill; scripts compose the processes; the benchmark and the tests
 * sit on top. The explorer and the example client are programs of their own.
 */
const MAY_IMPORT: Record<string, readonly string[]> = {
  lib: ['lib'],
  gateway: ['gateway', 'lib'],
  subgraphs: ['subgraphs', 'lib'],
  seeds: ['seeds', 'subgraphs', 'lib'],
  scripts: ['scripts', 'seeds', 'gateway', 'subgraphs', 'lib'],
  bench: ['bench', 'scripts', 'seeds', 'gateway', 'subgraphs', 'lib'],
  test: ['test', 'bench', 'scripts', 'seeds', 'gateway', 'subgraphs', 'lib', 'explorer', 'examples'],
  explorer: ['explorer'],
  examples: ['examples'],
};

/** Imports that go where their folder may not (MAY_IMPORT), or from one subgraph's folder into another's. */
function violations(imports: Import[]): string[] {
  return imports
    .filter(({ from, to }) => {
      const allowed = MAY_IMPORT[folder(from)];
      const [source, target] = [subgraphOf(from), subgraphOf(to)];
      const upward = allowed !== undefined && !allowed.includes(folder(to));
      const crossing = source !== undefined && target !== undefined && source !== target && target !== 'common';
      return upward || crossing;
    })
    .map(({ from, to }) => `${from} → ${to}`);
}

const folder = (file: string) => file.split('/')[0]!;
/** subgraphs/<name>/… → name (common included). */
const subgraphOf = (file: string) => (folder(file) === 'subgraphs' ? file.split('/')[1] : undefined);
const imports = importGraph(ROOT);
const from = (name: string) => imports.filter((edge) => folder(edge.from) === name);

it('reads the imports of the whole tree', () => {
  expect(imports.length).toBeGreaterThan(500);
  expect(imports).toContainEqual({ from: 'scripts/start.ts', to: 'scripts/stack.ts' });
  expect([...new Set(imports.map((edge) => folder(edge.from)))].filter((name) => !(name in MAY_IMPORT))).toEqual([]);
});

it('lib/ imports nothing but lib/ (not the gateway, not the subgraphs)', () => {
  expect(violations(from('lib'))).toEqual([]);
});

it('subgraphs/ imports nothing of seeds/; a subgraph imports only its own folder and subgraphs/common/', () => {
  expect(violations(from('subgraphs'))).toEqual([]);
});

it('every other folder imports only the layers below it', () => {
  expect(violations(imports)).toEqual([]);
});

it('no import cycles (type-only imports count: they tie the modules together too)', () => {
  expect(importCycles(imports).map((cycle) => cycle.join(' ↔ '))).toEqual([]);
});

it('names each import that breaks a rule, and each cycle', () => {
  const broken = [
    { from: 'lib/stack.ts', to: 'gateway/gateway.ts' },
    { from: 'subgraphs/catalogue/seed.ts', to: 'seeds/dataset.ts' },
    { from: 'subgraphs/projects/loaders.ts', to: 'subgraphs/inquiries/loaders.ts' },
    { from: 'subgraphs/projects/loaders.ts', to: 'subgraphs/common/loaders.ts' },
    { from: 'scripts/start.ts', to: 'lib/config.ts' },
  ];
  expect(violations(broken)).toEqual([
    'lib/stack.ts → gateway/gateway.ts',
    'subgraphs/catalogue/seed.ts → seeds/dataset.ts',
    'subgraphs/projects/loaders.ts → subgraphs/inquiries/loaders.ts',
  ]);
  const graph = [
    { from: 'a.ts', to: 'b.ts' },
    { from: 'b.ts', to: 'c.ts' },
    { from: 'c.ts', to: 'a.ts' },
    { from: 'c.ts', to: 'd.ts' },
    { from: 'd.ts', to: 'd.ts' },
  ];
  expect(importCycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts'], ['d.ts']]);
  expect(importCycles([{ from: 'a.ts', to: 'b.ts' }])).toEqual([]);
});

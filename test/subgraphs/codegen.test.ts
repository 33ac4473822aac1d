import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../../lib/paths';

it('each subgraph’s generated resolver types match its SDL (else: npm run codegen:subgraphs)', () => {
  const run = spawnSync(join(ROOT, 'node_modules', '.bin', 'graphql-codegen'), ['--config', 'subgraphs/codegen.ts', '--check'], { cwd: ROOT, encoding: 'utf8' });
  expect({ status: run.status, output: run.status === 0 ? '' : run.stdout + run.stderr }).toEqual({ status: 0, output: '' });
});

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../../lib/paths';

it('the explorer’s generated operation types match schema/api.graphql and its queries (else: npm run codegen:explorer)', () => {
  const run = spawnSync(join(ROOT, 'node_modules', '.bin', 'graphql-codegen'), ['--config', 'explorer/codegen.ts', '--check'], { cwd: ROOT, encoding: 'utf8' });
  expect({ status: run.status, output: run.status === 0 ? '' : run.stdout + run.stderr }).toEqual({ status: 0, output: '' });
});

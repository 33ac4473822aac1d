import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { decodeJwt } from 'jose';
import { ROOT } from '../../lib/paths';
import { startTestStack, TEST_SECRETS, type TestStack } from '../support/stack';

/** `npm run token`: a local token the gateway accepts; bad arguments are refused with the usage. */
const mint = (...args: string[]) =>
  spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'token.ts'), ...args], {
    env: { ...process.env, ...TEST_SECRETS, NODE_ENV: 'test' },
    encoding: 'utf8',
    timeout: 30_000,
  });

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

it('mints a token with the claims asked for, which the gateway accepts (read only: the project\'s audit log)', async () => {
  const result = mint('--agency', 'AG-002', '--role', 'editor', '--ttl', '10m', '--sub', 'script-user');
  expect(result.status).toBe(0);
  const token = result.stdout.trim();
  const claims = decodeJwt(token);
  expect(claims).toMatchObject({ sub: 'script-user', agency: 'AG-002', roles: ['editor'], iss: 'panjare', aud: 'panjare-api' });
  expect(claims.exp! - claims.iat!).toBe(600);
  const response = await stack.query('{ projects(agencyId: "2") { auditLog(first: 1) { totalCount } } }', {}, { authorization: `Bearer ${token}` });
  expect(response.errors).toBeUndefined();
  expect(response.data.projects.length).toBeGreaterThan(0);
});

it.each([
  [['--role', 'boss'], /--role must be editor or admin/],
  [['--role', 'editor'], /needs --agency/],
  [['--role', 'admin', '--ttl', 'soon'], /--ttl must be a time span/],
  [['--nope'], /Unknown option/],
])('refuses %j with a one-line reason and the usage', (args, message) => {
  const result = mint(...args);
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).toMatch(/usage: npm run token|time span/);
  expect(result.stdout).toBe('');
});

import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../lib/config';
import { subgraphSecret, tokenKeys } from '../../lib/auth/secrets';

const SECRET = 'a-subgraph-secret-of-at-least-32-chars';

describe('secrets', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'panjare-secrets-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('production refuses to start without SUBGRAPH_SECRET, and without JWT_SECRET or JWKS_URL, naming them', () => {
    const production = loadConfig({ NODE_ENV: 'production', LOCAL_SECRETS_FILE: join(dir, 's.json') });
    expect(() => subgraphSecret(production)).toThrow(ConfigError);
    expect(() => subgraphSecret(production)).toThrow(/SUBGRAPH_SECRET: must be set in production/);
    expect(() => tokenKeys(production)).toThrow(/JWT_SECRET or JWKS_URL: must be set in production/);
    const configured = loadConfig({ NODE_ENV: 'production', SUBGRAPH_SECRET: SECRET, JWKS_URL: 'https://id.example/jwks.json' });
    expect(subgraphSecret(configured)).toEqual({ secret: SECRET, strict: true });
    expect(tokenKeys(configured)).toEqual({ kind: 'jwks', url: 'https://id.example/jwks.json' });
  });

  it('elsewhere generates local secrets once, private to the user, and reuses them', () => {
    const config = loadConfig({ LOCAL_SECRETS_FILE: join(dir, 'nested', 'secrets.json') });
    const first = subgraphSecret(config);
    expect(first.strict).toBe(false);
    expect(first.secret.length).toBeGreaterThanOrEqual(32);
    expect(subgraphSecret(config)).toEqual(first);
    expect(tokenKeys(config)).toMatchObject({ kind: 'secret', local: true });
    expect(JSON.parse(readFileSync(join(dir, 'nested', 'secrets.json'), 'utf8')).subgraphSecret).toBe(first.secret);
    expect(statSync(join(dir, 'nested', 'secrets.json')).mode & 0o077).toBe(0);
  });

  it('short secrets and a bad REQUIRE_AUTH_FOR_READS are refused by name', () => {
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET: must be at least 32 characters/);
    expect(() => loadConfig({ SUBGRAPH_SECRET: 'short' })).toThrow(/SUBGRAPH_SECRET/);
    expect(() => loadConfig({ REQUIRE_AUTH_FOR_READS: 'perhaps' })).toThrow(/REQUIRE_AUTH_FOR_READS/);
    expect(loadConfig({ REQUIRE_AUTH_FOR_READS: 'true' }).REQUIRE_AUTH_FOR_READS).toBe(true);
    expect(loadConfig({}).REQUIRE_AUTH_FOR_READS).toBe(false);
  });
});

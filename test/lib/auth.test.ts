import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../lib/config';
import { signIdentity, verifyIdentity, IDENTITY_HEADER, SIGNATURE_HEADER } from '../../lib/auth/identity';
import { subgraphSecret, tokenKeys } from '../../lib/auth/secrets';

const SECRET = 'a-subgraph-secret-of-at-least-32-chars';
const editor = { subject: 'someone', agencyId: 7, roles: ['editor' as const] };
const headersOf = (signed: Record<string, string>) => ({ identity: signed[IDENTITY_HEADER], signature: signed[SIGNATURE_HEADER] });

describe('the gateway–subgraph identity signature', () => {
  it('round-trips an identity and an anonymous caller', () => {
    expect(verifyIdentity(headersOf(signIdentity(editor, SECRET)), SECRET)).toEqual({ status: 'valid', identity: editor });
    expect(verifyIdentity(headersOf(signIdentity(null, SECRET)), SECRET)).toEqual({ status: 'valid', identity: null });
    expect(verifyIdentity({}, SECRET)).toEqual({ status: 'unsigned' });
  });

  it('refuses another secret, an old or future timestamp, a changed identity, a changed timestamp', () => {
    const now = Date.now();
    const signed = headersOf(signIdentity(editor, SECRET, now));
    expect(verifyIdentity(signed, 'another-secret-of-at-least-32-chars!!', now).status).toBe('invalid');
    expect(verifyIdentity(signed, SECRET, now + 61_000)).toEqual({ status: 'invalid', reason: 'gateway signature too old' });
    expect(verifyIdentity(signed, SECRET, now - 61_000).status).toBe('invalid');
    const admin = headersOf(signIdentity({ ...editor, roles: ['admin'] }, SECRET, now));
    expect(verifyIdentity({ identity: admin.identity, signature: signed.signature }, SECRET, now).status).toBe('invalid');
    const shifted = signed.signature!.replace(/^t=(\d+)/, (_m, t) => `t=${Number(t) + 1}`);
    expect(verifyIdentity({ identity: signed.identity, signature: shifted }, SECRET, now).status).toBe('invalid');
    expect(verifyIdentity({ identity: signed.identity }, SECRET, now)).toEqual({ status: 'invalid', reason: 'malformed gateway signature' });
  });

  it('refuses a well-signed payload that is not an identity', () => {
    const payload = Buffer.from(JSON.stringify({ subject: 'x', agencyId: 1, roles: ['root'] })).toString('base64url');
    const t = Math.floor(Date.now() / 1000);
    const mac = createHmac('sha256', SECRET).update(`${t}.${payload}`).digest('base64url');
    expect(verifyIdentity({ identity: payload, signature: `t=${t},v1=${mac}` }, SECRET)).toEqual({ status: 'invalid', reason: 'malformed identity' });
  });
});

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

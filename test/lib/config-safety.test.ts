import { randomBytes } from 'node:crypto';
import { corsPolicy, DEVELOPMENT_ORIGINS, graphiqlEnabled, introspectionEnabled, loadConfig, suggestionsEnabled, trustProxy } from '../../lib/config';
import { PLACEHOLDER_SECRETS, secretWeakness } from '../../lib/secret-strength';

describe('limits, safety and health settings', () => {
  it('have safe defaults', () => {
    expect(loadConfig({})).toMatchObject({
      GATEWAY_MAX_BODY: '100kb',
      MAX_DEPTH: 12,
      MAX_ALIASES: 30,
      MAX_TOKENS: 5000,
      MAX_DIRECTIVES: 20,
      MAX_COST: 100_000,
      COST_LIST_SIZE: 10,
      MAX_BATCH: 0,
      PERSISTED_QUERIES: 'apq',
      SAFELIST_PATH: 'safelist/manifest.json',
      SUBGRAPH_TIMEOUT_MS: 5000,
      DATABASE_STATEMENT_TIMEOUT_MS: 3000,
      DATABASE_CONNECT_TIMEOUT_MS: 2000,
      READY_TIMEOUT_MS: 2000,
      SHUTDOWN_GRACE_MS: 10_000,
    });
  });

  it('turn introspection and suggestions off in production unless enabled', () => {
    expect(introspectionEnabled(loadConfig({}))).toBe(true);
    expect(suggestionsEnabled(loadConfig({}))).toBe(true);
    expect(introspectionEnabled(loadConfig({ NODE_ENV: 'production' }))).toBe(false);
    expect(suggestionsEnabled(loadConfig({ NODE_ENV: 'production' }))).toBe(false);
    expect(introspectionEnabled(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true' }))).toBe(true);
    expect(suggestionsEnabled(loadConfig({ NODE_ENV: 'production', FIELD_SUGGESTIONS: 'true' }))).toBe(true);
    expect(introspectionEnabled(loadConfig({ INTROSPECTION: 'false' }))).toBe(false);
  });

  it('allow any CORS origin outside production, none in production, else the list (and the development servers outside production)', () => {
    expect(corsPolicy(loadConfig({})).origin).toBe(true);
    expect(corsPolicy(loadConfig({ NODE_ENV: 'production' })).origin).toEqual([]);
    expect(corsPolicy(loadConfig({ NODE_ENV: 'production', CORS_ORIGINS: 'https://a.example, https://b.example' })).origin).toEqual(['https://a.example', 'https://b.example']);
    expect(corsPolicy(loadConfig({ NODE_ENV: 'production', CORS_ORIGINS: '*' })).origin).toBe(true);
    expect(corsPolicy(loadConfig({ CORS_ORIGINS: 'https://a.example' })).origin).toEqual(['https://a.example', DEVELOPMENT_ORIGINS]);
  });

  it('know the development servers\' origins and nothing that only looks like them', () => {
    for (const origin of ['http://localhost:5173', 'http://localhost:3000', 'http://127.0.0.1:4200', 'http://[::1]:8080', 'http://localhost:6006']) expect(origin).toMatch(DEVELOPMENT_ORIGINS);
    for (const origin of ['http://localhost:5173.evil.example', 'http://evil.example/localhost:3000', 'https://localhost.evil.example:3000', 'http://localhost:9999', 'http://localhost']) expect(origin).not.toMatch(DEVELOPMENT_ORIGINS);
  });

  it('allow credentials only to listed origins, and tell preflights how long to keep their answer', () => {
    expect(() => loadConfig({ CORS_CREDENTIALS: 'true' })).toThrow(/CORS_CREDENTIALS: credentials need CORS_ORIGINS/);
    expect(() => loadConfig({ CORS_CREDENTIALS: 'true', CORS_ORIGINS: '*' })).toThrow(/CORS_CREDENTIALS/);
    expect(corsPolicy(loadConfig({ CORS_CREDENTIALS: 'true', CORS_ORIGINS: 'https://app.example', CORS_MAX_AGE_S: '600' }))).toEqual({ origin: ['https://app.example', DEVELOPMENT_ORIGINS], credentials: true, maxAge: 600 });
    expect(corsPolicy(loadConfig({})).maxAge).toBe(7200);
  });

  it.each([
    ['MAX_DEPTH', '0'],
    ['MAX_COST', '-5'],
    ['MAX_BATCH', '1000'],
    ['GATEWAY_MAX_BODY', 'lots'],
    ['INTROSPECTION', 'yes'],
    ['PERSISTED_QUERIES', 'always'],
    ['SUBGRAPH_TIMEOUT_MS', '0'],
  ])('refuse %s=%s, naming it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(name));
  });
});

describe('secrets in production', () => {
  const random = 'OyaXmlQPN77amg6NPyIl3r4IgXFlNh3zt-OTwt3n0ck';

  it('accept random secrets: 32 random bytes as base64url, 16 as hex', () => {
    expect(secretWeakness(random)).toBeUndefined();
    for (let i = 0; i < 20; i++) {
      expect(secretWeakness(randomBytes(32).toString('base64url'))).toBeUndefined();
      expect(secretWeakness(randomBytes(16).toString('hex'))).toBeUndefined();
    }
  });

  it.each([...PLACEHOLDER_SECRETS, 'my-changeme-secret-with-enough-length-x', 'PLACEHOLDER-0f9a8b7c6d5e4f3a2b1c0d9e8f7a'])('refuse the placeholder %s', (value) => {
    expect(secretWeakness(value)).toMatch(/placeholder/);
  });

  it.each(['x'.repeat(40), 'abababababababababababababababab', 'abcdefghijklmnopqrstuvwxyz0123456789', 'P@ssw0rdP@ssw0rdP@ssw0rdP@ssw0rd!!', 'qwertyuiopasdfghjklzxcvbnm1234567890'])('refuse the guessable %s', (value) => {
    expect(secretWeakness(value)).toMatch(/too easy to guess/);
  });

  it('are checked only in production, naming each weak one', () => {
    const weak = { JWT_SECRET: 'x'.repeat(40), SUBGRAPH_SECRET: 'change-me-to-another-32-random-characters' };
    expect(loadConfig(weak).JWT_SECRET).toBe(weak.JWT_SECRET);
    expect(() => loadConfig({ ...weak, NODE_ENV: 'production' })).toThrow(/JWT_SECRET: is too easy to guess[\s\S]*SUBGRAPH_SECRET: is a placeholder/);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: random, SUBGRAPH_SECRET: randomBytes(32).toString('base64url') }).NODE_ENV).toBe('production');
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://panjare:change-me@db:5432/panjare' })).toThrow(/DATABASE_URL: its password is a placeholder/);
  });
});

describe('the public surface', () => {
  it('GraphiQL on outside production, off in production unless GRAPHIQL=true, which also turns introspection on there', () => {
    expect(graphiqlEnabled(loadConfig({}))).toBe(true);
    expect(graphiqlEnabled(loadConfig({ NODE_ENV: 'production' }))).toBe(false);
    expect(graphiqlEnabled(loadConfig({ NODE_ENV: 'production', GRAPHIQL: 'true' }))).toBe(true);
    expect(introspectionEnabled(loadConfig({ NODE_ENV: 'production', GRAPHIQL: 'true' }))).toBe(true);
    expect(introspectionEnabled(loadConfig({ NODE_ENV: 'production', GRAPHIQL: 'true', INTROSPECTION: 'false' }))).toBe(false);
  });

  it('INTERNAL_PORT defaults to 9464; TRUST_PROXY takes what Express takes', () => {
    expect(loadConfig({}).INTERNAL_PORT).toBe(9464);
    expect(trustProxy(loadConfig({}))).toBe(false);
    expect(trustProxy(loadConfig({ TRUST_PROXY: 'true' }))).toBe(true);
    expect(trustProxy(loadConfig({ TRUST_PROXY: '2' }))).toBe(2);
    expect(trustProxy(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }))).toBe('loopback, 10.0.0.0/8');
    expect(() => loadConfig({ TRUST_PROXY: 'x"; drop' })).toThrow(/TRUST_PROXY/);
  });
});

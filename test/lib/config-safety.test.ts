import { corsOrigins, introspectionEnabled, loadConfig, suggestionsEnabled } from '../../lib/config';

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

  it('allow any CORS origin outside production, none in production, else the list', () => {
    expect(corsOrigins(loadConfig({}))).toBe(true);
    expect(corsOrigins(loadConfig({ NODE_ENV: 'production' }))).toEqual([]);
    expect(corsOrigins(loadConfig({ NODE_ENV: 'production', CORS_ORIGINS: 'https://a.example, https://b.example' }))).toEqual(['https://a.example', 'https://b.example']);
    expect(corsOrigins(loadConfig({ NODE_ENV: 'production', CORS_ORIGINS: '*' }))).toBe(true);
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

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../lib/config';
import { ROOT } from '../../lib/paths';

describe('loadConfig', () => {
  it('has local defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ GATEWAY_PORT: 4000, CATALOGUE_PORT: 4001, PROJECTS_PORT: 4003, MAX_PAGE_SIZE: 100, SEED_SCALE: 1 });
    expect(config.DATABASE_URL).toBeUndefined();
    // Unset: the gateway takes the supergraph's URL for each subgraph.
    expect(config.CATALOGUE_URL).toBeUndefined();
    expect(config.SUBGRAPH_URLS).toBeUndefined();
  });

  it('reads SUBGRAPH_URLS as name=url pairs, and refuses anything else, naming it', () => {
    expect(loadConfig({ SUBGRAPH_URLS: 'catalogue=http://catalogue:4001/graphql, reviews=https://reviews.example/graphql' }).SUBGRAPH_URLS).toEqual({
      catalogue: 'http://catalogue:4001/graphql',
      reviews: 'https://reviews.example/graphql',
    });
    for (const bad of ['catalogue', 'catalogue=ftp://x', 'a=http://x,a=http://y', 'no spaces=http://x']) expect(() => loadConfig({ SUBGRAPH_URLS: bad })).toThrow(/SUBGRAPH_URLS/);
  });

  it.each(['not a url', 'mysql://root@localhost/test', 'postgres://', 'http://localhost:5432/db'])('refuses DATABASE_URL=%s, naming it', (value) => {
    expect(() => loadConfig({ DATABASE_URL: value })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: value })).toThrow(/DATABASE_URL: must be a URL of the form postgres:\/\//);
  });

  it('names every bad variable', () => {
    expect(() => loadConfig({ GATEWAY_PORT: 'eighty', SEED_SCALE: '0', CATALOGUE_URL: 'ftp://x' })).toThrow(/GATEWAY_PORT[\s\S]*CATALOGUE_URL[\s\S]*SEED_SCALE|GATEWAY_PORT/);
  });
});

describe('a subgraph started with a malformed DATABASE_URL', () => {
  it('exits 1 with a one-line reason naming the variable, no stack trace', () => {
    const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'subgraphs', 'catalogue', 'index.ts')], {
      env: { ...process.env, DATABASE_URL: 'postgres//oops', PANJARE_TEST_DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('DATABASE_URL: must be a URL of the form postgres://');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

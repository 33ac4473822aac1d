import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadConfig } from '../../lib/config';
import { ROOT } from '../../lib/paths';
import { INTERNAL_PORT, PROCESS_NAMES, PROCESSES, processCommand, SUBGRAPH_NAMES, unknownSettings } from './manifests';

/** compose.yaml as Compose reads it: merge keys (<<) applied, ${NAME:?…} and ${NAME:-default} given a value. */
const text = readFileSync(join(ROOT, 'compose.yaml'), 'utf8');
const compose = parse(text.replace(/\$\{(\w+):\?[^}]*\}/g, (_, name: string) => `${name.toLowerCase()}-from-dot-env-of-32-or-more-characters`), { merge: true });
const services: Record<string, any> = compose.services;
const environment = (name: string): Record<string, string> => services[name].environment;

it('runs PostgreSQL 17, Redis, the migrations once, the three subgraphs and the gateway', () => {
  expect(Object.keys(services).sort()).toEqual(['catalogue', 'gateway', 'inquiries', 'migrate', 'postgres', 'projects', 'redis']);
  expect(services.postgres.image).toMatch(/^postgres:17\b/);
  expect(services.redis.image).toMatch(/^redis:\d/);
  expect(services.migrate).toMatchObject({ command: ['node', 'dist/scripts/migrate.js', '--seed'], restart: 'no', depends_on: { postgres: { condition: 'service_healthy' } } });
});

it('runs every Panjare process from one image with a released tag, each by its command, locked down', () => {
  const images = new Set(['migrate', ...PROCESS_NAMES].map((name) => services[name].image));
  expect(images.size).toBe(1);
  expect([...images][0]).toMatch(/^panjare:(?!latest$)[\w.-]+$/);
  for (const name of PROCESS_NAMES) {
    expect(services[name].command).toEqual(processCommand(name));
    expect(services[name]).toMatchObject({ build: '.', read_only: true, tmpfs: ['/tmp'], cap_drop: ['ALL'], security_opt: ['no-new-privileges:true'] });
  }
});

it('starts the subgraphs once the migrations are done and the gateway once the subgraphs and Redis are healthy', () => {
  for (const name of SUBGRAPH_NAMES) expect(services[name].depends_on).toEqual({ migrate: { condition: 'service_completed_successfully' } });
  expect(services.gateway.depends_on).toEqual({
    catalogue: { condition: 'service_healthy' },
    inquiries: { condition: 'service_healthy' },
    projects: { condition: 'service_healthy' },
    redis: { condition: 'service_healthy' },
  });
  for (const name of ['postgres', 'redis', ...PROCESS_NAMES]) expect(services[name].healthcheck.test[0]).toBe('CMD');
});

it("checks each process's health on /ready of its internal port", () => {
  for (const name of PROCESS_NAMES) {
    const check = services[name].healthcheck.test.join(' ');
    expect(check).toContain(`http://127.0.0.1:${INTERNAL_PORT}/ready`);
    expect(environment(name).INTERNAL_PORT ?? String(INTERNAL_PORT)).toBe(String(INTERNAL_PORT));
  }
});

it('publishes the gateway alone, on the port it listens on', () => {
  expect(services.gateway.ports).toEqual([`${PROCESSES.gateway.port}:${PROCESSES.gateway.port}`]);
  for (const name of ['postgres', 'redis', 'migrate', ...SUBGRAPH_NAMES]) expect(services[name].ports).toBeUndefined();
});

it('passes only settings the configuration reads, valid ones, with the subgraphs not migrating at start', () => {
  for (const name of ['migrate', ...PROCESS_NAMES]) {
    const env = environment(name);
    expect(unknownSettings(Object.keys(env))).toEqual([]);
    const config = loadConfig(env);
    expect(new URL(config.DATABASE_URL!).hostname).toBe('postgres');
    expect(config.MIGRATE_ON_START).toBe(false);
    expect(config.NODE_ENV).toBe('development');
  }
  for (const name of PROCESS_NAMES) expect(Number(environment(name)[PROCESSES[name].portSetting])).toBe(PROCESSES[name].port);
});

it('shares the secrets between the gateway and the subgraphs from .env, and holds none itself', () => {
  for (const secret of ['JWT_SECRET', 'SUBGRAPH_SECRET']) {
    expect(text).toMatch(new RegExp(`${secret}: \\$\\{${secret}:\\?`));
    expect(new Set(PROCESS_NAMES.map((name) => environment(name)[secret])).size).toBe(1);
  }
});

it('the gateway finds each subgraph at its service and port, and Redis at its service', () => {
  const config = loadConfig(environment('gateway'));
  for (const name of SUBGRAPH_NAMES) {
    const url = new URL(config[`${name.toUpperCase()}_URL` as 'CATALOGUE_URL']!);
    expect([url.hostname, Number(url.port), url.pathname]).toEqual([name, PROCESSES[name].port, '/graphql']);
  }
  expect(new URL(config.REDIS_URL!).hostname).toBe('redis');
});

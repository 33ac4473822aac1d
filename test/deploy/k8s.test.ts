import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { CONFIG_VARIABLES, loadConfig } from '../../lib/config';
import { nodeFlags } from '../../lib/heap';
import { ROOT } from '../../lib/paths';

const DIR = join(ROOT, 'deploy/k8s');
const documents = readdirSync(DIR)
  .filter((file) => file.endsWith('.yaml'))
  .flatMap((file) =>
    parseAllDocuments(readFileSync(join(DIR, file), 'utf8')).map((document) => {
      if (document.errors.length) throw new Error(`${file}: ${document.errors[0]!.message}`);
      return document.toJS() as any;
    }),
  );
const ofKind = (kind: string) => documents.filter((document) => document.kind === kind);
const configMap = ofKind('ConfigMap').find((document) => document.metadata.name === 'panjare-config');
const secret = ofKind('Secret').find((document) => document.metadata.name === 'panjare-secrets');

const PROCESSES = {
  gateway: { port: 4000, portSetting: 'GATEWAY_PORT', source: 'gateway/index.ts' },
  catalogue: { port: 4001, portSetting: 'CATALOGUE_PORT', source: 'subgraphs/catalogue/index.ts' },
  inquiries: { port: 4002, portSetting: 'INQUIRIES_PORT', source: 'subgraphs/inquiries/index.ts' },
  projects: { port: 4003, portSetting: 'PROJECTS_PORT', source: 'subgraphs/projects/index.ts' },
} as const;

it('every setting the manifests pass is one the configuration reads', () => {
  const names = [
    ...Object.keys(configMap.data),
    ...Object.keys(secret.stringData),
    ...ofKind('Deployment').flatMap((deployment) => deployment.spec.template.spec.containers.flatMap((container: any) => (container.env ?? []).map((env: any) => env.name))),
  ];
  expect(names.filter((name) => !CONFIG_VARIABLES.includes(name))).toEqual([]);
});

describe.each(Object.entries(PROCESSES) as [keyof typeof PROCESSES, (typeof PROCESSES)[keyof typeof PROCESSES]][])('%s', (name, expected) => {
  const deployment = ofKind('Deployment').find((document) => document.metadata.name === name);
  const service = ofKind('Service').find((document) => document.metadata.name === name);
  const container = deployment?.spec.template.spec.containers[0];

  it('is a Deployment of more than one replica, with a Service selecting its pods', () => {
    expect(deployment.spec.replicas).toBeGreaterThanOrEqual(2);
    const podLabels = deployment.spec.template.metadata.labels;
    expect(Object.keys(deployment.spec.selector.matchLabels).length).toBeGreaterThan(0);
    for (const [key, value] of Object.entries(deployment.spec.selector.matchLabels)) expect(podLabels[key]).toBe(value);
    for (const [key, value] of Object.entries(service.spec.selector)) expect(podLabels[key]).toBe(value);
  });

  it('listens where its configuration says, and the Service forwards there', () => {
    const port = container.ports.find((entry: any) => entry.name === 'http');
    expect(port.containerPort).toBe(expected.port);
    expect(Number(configMap.data[expected.portSetting])).toBe(expected.port);
    expect(service.spec.ports).toContainEqual(expect.objectContaining({ port: expected.port, targetPort: 'http' }));
  });

  it('has its readiness probe on /ready and its liveness probe on /health, on the HTTP port', () => {
    expect(container.readinessProbe.httpGet).toEqual({ path: '/ready', port: 'http' });
    expect(container.livenessProbe.httpGet).toEqual({ path: '/health', port: 'http' });
  });

  it('runs the built entry point of its own source file, with settings that pass validation', () => {
    expect(container.command).toEqual(['node', ...nodeFlags(name), `dist/${expected.source.replace(/\.ts$/, '.js')}`]);
    expect(existsSync(join(ROOT, expected.source))).toBe(true);
    expect(container.envFrom).toEqual([{ configMapRef: { name: 'panjare-config' } }, { secretRef: { name: 'panjare-secrets' } }]);
    const env = { ...configMap.data, ...secret.stringData, ...Object.fromEntries((container.env ?? []).map((entry: any) => [entry.name, entry.value])) };
    // Left unedited, the Secret's placeholders stop a production process; replaced with real secrets, the settings pass.
    expect(() => loadConfig(env)).toThrow(/JWT_SECRET: is a placeholder/);
    const replaced = { ...env, JWT_SECRET: randomBytes(32).toString('base64url'), SUBGRAPH_SECRET: randomBytes(32).toString('base64url') };
    for (const url of ['DATABASE_URL', 'DATABASE_READ_URL']) if (replaced[url]) replaced[url] = replaced[url].replace('change-me', randomBytes(16).toString('hex'));
    expect(() => loadConfig(replaced)).not.toThrow();
  });
});

it('the gateway finds each subgraph at its Service', () => {
  for (const name of ['catalogue', 'inquiries', 'projects'] as const) {
    const url = new URL(configMap.data[`${name.toUpperCase()}_URL`]);
    expect(url.hostname).toBe(name);
    expect(Number(url.port)).toBe(PROCESSES[name].port);
    expect(url.pathname).toBe('/graphql');
  }
});

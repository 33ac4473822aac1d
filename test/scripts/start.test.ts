import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../lib/paths';

/** `npm start`'s script, as a user runs it: embedded PostgreSQL, migrations, seed, subgraphs, gateway, Ctrl-C. */
it('boots the whole stack on its own database, answers through the gateway and stops cleanly on SIGINT', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'panjare-start-'));
  chmodSync(dataDir, 0o755); // mkdtemp makes it 0700; as root, PostgreSQL runs as "postgres" and must enter it
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    EMBEDDED_PG_DIR: join(dataDir, 'postgres'),
    GATEWAY_PORT: '0',
    CATALOGUE_PORT: '0',
    INQUIRIES_PORT: '0',
    PROJECTS_PORT: '0',
    INTERNAL_PORT: '0',
    LOG_LEVEL: 'info',
    LOCAL_SECRETS_FILE: join(dataDir, 'local-secrets.json'),
  };
  delete env.DATABASE_URL;
  delete env.JWT_SECRET;
  delete env.SUBGRAPH_SECRET;
  const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'start.ts')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    const gatewayUrl = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "gateway ready" line in 90 s:\n${output}`)), 90_000);
      child.stdout.on('data', (chunk) => {
        output += chunk;
        const match = output.match(/gateway ready: query (http:\/\/\S+\/graphql)/);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}:\n${output}`)));
    });
    // The token is minted before any request: spawnSync blocks this process, and on a busy machine long enough for the
    // server to close an idle keep-alive connection that fetch would then reuse ("other side closed").
    const minted = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'token.ts'), '--agency', 'AG-002', '--role', 'editor'], { env, encoding: 'utf8' });
    expect(minted.status).toBe(0);
    expect(output).toMatch(/catalogue subgraph at http\S+ \(metrics and probes at http/);
    // The metrics and probes are printed, on a listener of their own.
    const internal = output.match(/gateway metrics and probes \(\/metrics, \/health, \/ready\) at (http:\/\/[^\s"]+)/)![1]!;
    expect((await fetch(`${internal}/ready`)).status).toBe(200);
    expect((await fetch(`${gatewayUrl.replace(/\/graphql$/, '')}/ready`)).status).toBe(404);
    expect(output).toMatch(/seed v\d+:scale-1 loaded/);
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ catalogueStats { agencies } servicesByInquiryCount(moreThan: 20) { totalCount } projectStats { projects } }' }),
    });
    expect(await response.json()).toMatchObject({ data: { catalogueStats: { agencies: 108 }, servicesByInquiryCount: { totalCount: 241 }, projectStats: { projects: 23 } } });
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(true);

    // Writes work out of the box: the printed command mints a token with the generated local secret.
    expect(output).toMatch(/npm run token -- --agency AG-002 --role editor/);
    const written = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${minted.stdout.trim()}` },
      body: JSON.stringify({ query: 'mutation { reportProgress(projectId: "1", progress: 50, note: "from npm start") { progress reportedBy } }' }),
    });
    expect(await written.json()).toMatchObject({ data: { reportProgress: { progress: 50, reportedBy: 'local-editor-AG-002' } } });

    child.kill('SIGINT');
    expect(await exited).toBe(0);
    // PostgreSQL removes its pid file when it stops: nothing is left running.
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  } finally {
    child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 150_000);

import { spawn } from 'node:child_process';
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
    LOG_LEVEL: 'info',
  };
  delete env.DATABASE_URL;
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
    expect(output).toMatch(/catalogue subgraph at http/);
    expect(output).toMatch(/seed v\d+:scale-1 loaded/);
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ catalogueStats { agencies } servicesByInquiryCount(moreThan: 20) { totalCount } projectStats { projects } }' }),
    });
    expect(await response.json()).toEqual({ data: { catalogueStats: { agencies: 108 }, servicesByInquiryCount: { totalCount: 241 }, projectStats: { projects: 23 } } });
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(true);

    child.kill('SIGINT');
    expect(await exited).toBe(0);
    // PostgreSQL removes its pid file when it stops: nothing is left running.
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  } finally {
    child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 150_000);

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { EXPLORER_DIST } from '../../gateway/explorer';
import { ROOT } from '../../lib/paths';

/** Debian's Chromium (`apt-get install -y chromium`; .ci/run installs it): no browser download. */
export const CHROMIUM = '/usr/bin/chromium';

function newestSource(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs;
    }),
  );
}

/** Builds the explorer (`npm run build:explorer`) when its build is missing or older than its sources. */
export function ensureExplorerBuilt(): void {
  const index = join(EXPLORER_DIST, 'index.html');
  const sources = Math.max(newestSource(join(ROOT, 'explorer', 'src')), statSync(join(ROOT, 'explorer', 'index.html')).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  execFileSync('npm', ['run', 'build:explorer'], { cwd: ROOT, stdio: 'pipe' });
}

/** Headless Chromium with nothing that phones home (updates, sync, QUIC probes). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

const LATIN = '0123456789';
const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';

/** Persian digits back to Latin ones, group separators (٬ ,) dropped: "۲۴۱" → 241. */
export function readNumber(text: string): number {
  const latin = text.replace(/[۰-۹]/g, (digit) => LATIN[PERSIAN.indexOf(digit)]).replace(/[٬,\s]/g, '');
  const value = Number(latin);
  if (!Number.isFinite(value) || latin === '') throw new Error(`not a number: "${text}"`);
  return value;
}

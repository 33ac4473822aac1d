import { spawnSync } from 'node:child_process';

export const TEST_REDIS_URL = 'redis://127.0.0.1:6379';

/** Prints PONG when a Redis answers PING on 127.0.0.1:6379 within a second. */
const PROBE = `
const socket = require('node:net').connect(6379, '127.0.0.1');
const done = (answer) => { socket.destroy(); process.stdout.write(answer); };
socket.setTimeout(1000, () => done(''));
socket.once('error', () => done(''));
socket.once('connect', () => socket.write('PING\\r\\n'));
socket.once('data', (chunk) => done(String(chunk).startsWith('+PONG') ? 'PONG' : ''));
`;

/**
 * Why the Redis tests cannot run here, or null when a Redis answers (.ci/run starts one). Asked
 * synchronously, in a child process, so that a test file can declare its Redis tests skipped.
 */
function redisMissing(): string | null {
  const probe = spawnSync(process.execPath, ['-e', PROBE], { encoding: 'utf8', timeout: 5000 });
  return probe.stdout === 'PONG' ? null : `nothing answers PING at ${TEST_REDIS_URL} (.ci/run starts redis-server)`;
}

export const REDIS_MISSING = redisMissing();

/** The name of a test skipped for want of Redis, the reason in it; said on the console too (jest hides the names of skipped tests). */
function skippedName(name: string, reason: string): string {
  const skipped = `${name} — skipped: ${reason}`;
  console.warn(skipped);
  return skipped;
}

/** `it` for a test that needs Redis: without one, it is skipped, the reason in its name. */
export const itWithRedis = (name: string, test: () => Promise<void>, timeout?: number) =>
  REDIS_MISSING ? it.skip(skippedName(name, REDIS_MISSING), test) : it(name, test, timeout);

/** `describe` for tests that need Redis: without one, they are skipped, the reason in the name. */
export const describeWithRedis = (name: string, tests: () => void) =>
  REDIS_MISSING ? describe.skip(skippedName(name, REDIS_MISSING), tests) : describe(name, tests);

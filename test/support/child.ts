import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../../lib/paths';
import { TEST_SECRETS, TEST_UNTHROTTLED } from './stack';

export interface Child {
  process: ChildProcess;
  output(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

/**
 * Runs a TypeScript entry point of the project in its own node process (tsx as a loader, so
 * signals reach the program itself, not a wrapper), with the test secrets so it trusts the
 * test gateways, and its internal listener on a free port; waits until `ready` appears in its output.
 */
export async function startChild(script: string, env: NodeJS.ProcessEnv, ready: RegExp, timeoutMs = 60_000, args: string[] = []): Promise<Child & { match: RegExpMatchArray }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, script), ...args], { cwd: ROOT, env: { ...process.env, ...TEST_SECRETS, ...TEST_UNTHROTTLED, INTERNAL_PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const match = await new Promise<RegExpMatchArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script}: no ${ready} within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk;
      const found = output.match(ready);
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited ${code} before it was ready:\n${output}`));
    });
  });
  return { process: child, output: () => output, exited, match };
}

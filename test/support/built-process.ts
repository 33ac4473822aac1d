import { spawn, spawnSync, type ChildProcess } from 'node:child_process';

export interface BuiltProcess {
  process: ChildProcess;
  /** The first capture of `ready` (a URL). */
  url: string;
  output(): string;
  exited: Promise<number | null>;
  /** SIGTERM, then its exit code. */
  stop(): Promise<number | null>;
}

export interface BuiltProcessOptions {
  /** The folder it runs in (as WORKDIR in an image). */
  cwd: string;
  /** node's arguments: flags and the built script, relative to cwd. */
  args: string[];
  env: NodeJS.ProcessEnv;
  /** A line of its output that says it is ready, capturing its URL. */
  ready: RegExp;
  /** Run as this user and group (as USER in an image); only root can. */
  user?: { uid: number; gid: number };
  timeoutMs?: number;
}

/** A built entry point run by plain node, as a container runs it: no tsx, no jest, only what its folder holds. */
export async function startBuiltProcess(options: BuiltProcessOptions): Promise<BuiltProcess> {
  const child = spawn(process.execPath, options.args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], ...options.user });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${options.args.join(' ')}: not ready within ${options.timeoutMs ?? 60_000} ms:\n${output}`)), options.timeoutMs ?? 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = options.ready.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${options.args.join(' ')} exited ${code} before it was ready:\n${output}`));
    });
  });
  return {
    process: child,
    url,
    output: () => output,
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Runs a built script to its end (a migration job): its exit code and output. */
export function runBuiltScript(options: Omit<BuiltProcessOptions, 'ready' | 'timeoutMs'> & { timeoutMs: number }): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, options.args, { cwd: options.cwd, env: options.env, encoding: 'utf8', timeout: options.timeoutMs, ...options.user });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

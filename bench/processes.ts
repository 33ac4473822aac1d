import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** A server the benchmark started as its own process, so that its memory is its own. */
export interface BenchProcess {
  name: string;
  child: ChildProcess;
  /** Resident set size now, in MB (Linux /proc). */
  rssMb(): number;
  /** CPU time used so far (user + system) by it and the processes it started, in ms (Linux /proc). */
  cpuMs(): number;
  stop(): Promise<void>;
}

export interface SpawnOptions {
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  /** A line of its output that says it is ready. */
  ready: RegExp;
  timeoutMs?: number;
}

export async function startProcess(options: SpawnOptions): Promise<BenchProcess> {
  const child = spawn(options.command, options.args, { env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${options.name} not ready in time:\n${output.slice(-2000)}`));
    }, options.timeoutMs ?? 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (options.ready.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${options.name} exited with ${code}:\n${output.slice(-2000)}`));
    });
  });
  // Keep draining its output so a chatty process never blocks on a full pipe, keeping the last lines:
  // a process that dies mid-run is reported with them.
  let tail = '';
  const keepTail = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-4000);
  };
  child.stdout!.removeAllListeners('data').on('data', keepTail);
  child.stderr!.removeAllListeners('data').on('data', keepTail);
  child.removeAllListeners('exit');
  let stopping = false;
  child.once('exit', (code, signal) => {
    if (!stopping) console.error(`[bench] ${options.name} died (exit ${code ?? signal}); its last output:\n${tail}`);
  });
  return {
    name: options.name,
    child,
    rssMb: () => residentMb(child.pid!),
    cpuMs: () => treeCpuMs(child.pid!),
    stop: () =>
      new Promise<void>((resolve) => {
        stopping = true;
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(killer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/**
 * CPU time (user + system, ms) of a process and every process under it: live ones from their
 * /proc/<pid>/stat, exited ones through their parents' cutime + cstime. The floor runs under tsx's
 * wrapper process, and PostgreSQL is a postmaster and one backend per connection.
 */
export function treeCpuMs(rootPid: number): number {
  const stats = new Map<number, { parent: number; ms: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^[0-9]+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command's closing parenthesis: state, ppid, … utime (11), stime, cutime, cstime (14), in ticks of 10 ms (USER_HZ 100).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(entry), { parent: Number(fields[1]), ms: (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) * 10 });
    } catch {
      // exited between the listing and the read
    }
  }
  const children = new Map<number, number[]>();
  for (const [pid, { parent }] of stats) children.set(parent, [...(children.get(parent) ?? []), pid]);
  let total = 0;
  const pending = [rootPid];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    total += stats.get(pid)?.ms ?? 0;
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Starts counting the CPU that `processes` (by name) and, when its postmaster is known, the embedded
 * PostgreSQL spend from now; the returned function reads how much so far, in ms.
 */
export function cpuClock(processes: BenchProcess[], postgresPid: number | undefined): () => { byProcess: Record<string, number>; postgres?: number } {
  const before = processes.map((process) => process.cpuMs());
  const postgresBefore = postgresPid ? treeCpuMs(postgresPid) : 0;
  return () => ({
    byProcess: Object.fromEntries(processes.map((process, index) => [process.name, process.cpuMs() - before[index]!])),
    postgres: postgresPid ? treeCpuMs(postgresPid) - postgresBefore : undefined,
  });
}

function residentMb(pid: number): number {
  try {
    const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
    return match ? Math.round(Number(match[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}

/** Samples every process's RSS until stopped; the peak per process. */
export function sampleMemory(processes: BenchProcess[], everyMs = 250): () => Record<string, number> {
  const peaks: Record<string, number> = Object.fromEntries(processes.map((process) => [process.name, process.rssMb()]));
  const timer = setInterval(() => {
    for (const process of processes) peaks[process.name] = Math.max(peaks[process.name] ?? 0, process.rssMb());
  }, everyMs);
  return () => {
    clearInterval(timer);
    return peaks;
  };
}

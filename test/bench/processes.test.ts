import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { treeCpuMs } from '../../bench/processes';

// Burns CPU time, not wall time: on a loaded machine a wall-clock loop gets less CPU than it waits.
const burn = (ms: number, then: string) =>
  `const start = process.cpuUsage(); for (let used = process.cpuUsage(start); used.user + used.system < ${ms * 1000}; used = process.cpuUsage(start)) {} ${then}`;

describe('treeCpuMs', () => {
  it('counts a process, its live children, and the children it has reaped', async () => {
    // The parent burns nothing itself: one child burns 400 ms and exits (reaped: its parent's cutime), another burns
    // 400 ms and stays (live: its own utime).
    const parentScript = `
      const { spawn } = require('node:child_process');
      spawn(process.execPath, ['-e', ${JSON.stringify(burn(400, ''))}]).on('exit', () => {
        const live = spawn(process.execPath, ['-e', ${JSON.stringify(burn(400, "console.log('burnt'); setTimeout(() => {}, 10000);"))}]);
        live.stdout.on('data', () => console.log('ready'));
      });
      setTimeout(() => {}, 10000);`;
    const parent = spawn(process.execPath, ['-e', parentScript], { stdio: ['ignore', 'pipe', 'inherit'], detached: true });
    try {
      await once(parent.stdout!, 'data');
      // Clock ticks are 10 ms, and node's own start-up adds a little to each process.
      expect(treeCpuMs(parent.pid!)).toBeGreaterThanOrEqual(750);
    } finally {
      process.kill(-parent.pid!, 'SIGKILL'); // the whole group, the live child with it
    }
  });

  it('is 0 for a process that does not exist', () => {
    expect(treeCpuMs(2 ** 22 + 1)).toBe(0);
  });
});

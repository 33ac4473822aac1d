import { Writable } from 'node:stream';
import { startProgress } from '../../lib/progress';

/** A terminal as cli-progress draws on it: what was written, cursor moves and line clears included. */
function terminal() {
  let screen = '';
  const stream = new Writable({
    write(chunk, _, done) {
      screen += chunk;
      done();
    },
  }) as unknown as NodeJS.WriteStream;
  Object.assign(stream, { isTTY: true, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  return { stream, screen: () => screen };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

it('on a terminal draws a bar with the counts and an estimate, then what runs once the counted work is done', async () => {
  const { stream, screen } = terminal();
  const logged: string[] = [];
  const progress = startProgress({ label: 'inquiries', total: 2_000_000, unit: 'rows', log: (line) => logged.push(line), stream });
  progress.update(500_000, 'writing inquiries.requirement');
  await settle();
  progress.update(1_000_000, 'writing inquiries.requirement');
  await settle();
  expect(screen()).toMatch(/inquiries [█░]+ 1,000,000\/2,000,000 rows · \S+ left · writing inquiries\.requirement/);
  progress.update(2_000_000, 'refreshing inquiries.provider_reach');
  await settle();
  expect(screen()).toMatch(/inquiries █+ 2,000,000\/2,000,000 rows · refreshing inquiries\.provider_reach · \d+s/);
  progress.log('a line between');
  progress.stop('inquiries loaded');
  expect(logged).toEqual(['a line between', 'inquiries loaded']);
});

it('off a terminal logs a line every few seconds, and nothing after it stops', async () => {
  const logged: string[] = [];
  const progress = startProgress({ label: 'scale 1', total: 40, unit: 'measurements', log: (line) => logged.push(line), stream: { isTTY: false } as NodeJS.WriteStream, everyMs: 100 });
  progress.update(10, 'agency-impact on hive');
  await new Promise((resolve) => setTimeout(resolve, 250));
  progress.stop('done');
  const count = logged.length;
  await new Promise((resolve) => setTimeout(resolve, 250));
  expect(logged.length).toBe(count);
  expect(logged.slice(0, 2)).toEqual([
    expect.stringMatching(/^scale 1: 10\/40 measurements \(25 %\), about \d+ s left; agency-impact on hive after \d+ s$/),
    expect.stringMatching(/^scale 1: 10\/40 measurements/),
  ]);
  expect(logged.at(-1)).toBe('done');
});

import { Writable } from 'node:stream';
import pino from 'pino';
import type { Logger } from '../../lib/logger';

/** A pino logger whose lines (parsed JSON) are kept in memory, so a test can read what was logged. */
export function captureLogger(name: string): { logger: Logger; lines: Record<string, any>[] } {
  const lines: Record<string, any>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: pino({ name, level: 'info' }, stream), lines };
}

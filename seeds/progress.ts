import type { QueryRunner } from 'typeorm';
import type { SubgraphName } from '../lib/subgraphs';

/**
 * What seed() tells of its work as it goes, for whoever shows it (scripts/seed-progress.ts: a bar or log lines);
 * the seed itself prints nothing.
 */
export interface SeedProgress {
  /** The dataset at `scale` is being generated (seconds at scale 100). */
  generating(scale: number): void;
  /** A subgraph's part starts: `rows` rows to write, then what is derived from them. */
  loading(part: SubgraphName, rows: number): void;
  /** Each statement of the part as it starts, with the rows written before it. */
  statement(rowsWritten: number, sql: string): void;
  /** The part is loaded and committed. */
  done(part: SubgraphName, ms: number): void;
}

/** The rows of a subgraph's part of the dataset: every list it holds. */
export const rowsIn = (part: object): number => Object.values(part).reduce((sum: number, value) => sum + (Array.isArray(value) ? value.length : 0), 0);

/**
 * `runner`, telling `progress` of each statement it starts; a bulk insert (bulk-insert.ts: one array per column)
 * counts its first array's length as rows written when it finishes.
 */
export function reportingRunner(runner: QueryRunner, progress: SeedProgress): QueryRunner {
  let written = 0;
  return new Proxy(runner, {
    get(target, property, receiver) {
      if (property !== 'query') return Reflect.get(target, property, receiver);
      return async (sql: string, parameters?: unknown[], ...rest: unknown[]) => {
        progress.statement(written, sql);
        const result = await (target.query as (...args: unknown[]) => Promise<unknown>).call(target, sql, parameters, ...rest);
        if (/^\s*INSERT\b/i.test(sql) && Array.isArray(parameters?.[0])) written += (parameters[0] as unknown[]).length;
        return result;
      };
    },
  });
}

import { startProgress, type Progress } from '../lib/progress';
import type { SeedProgress } from '../seeds/progress';

/** A statement's gist for the progress line: "refreshing inquiries.provider_reach", "writing inquiries.requirement". */
function gist(sql: string): string {
  const refresh = /REFRESH MATERIALIZED VIEW\s+(\S+)/i.exec(sql);
  if (refresh) return `refreshing ${refresh[1]}`;
  const insert = /^\s*INSERT INTO\s+(\S+)/i.exec(sql);
  if (insert) return `writing ${insert[1]}`;
  const [, verb = 'running', object = ''] = /^\s*(\w+)\s*([\w."]*)/.exec(sql) ?? [];
  return `${verb.toLowerCase()} ${object}`.trim();
}

/** seed()'s progress shown to a person: one bar (or a line every few seconds) per subgraph being loaded. */
export function seedProgress(log: (message: string) => void, stream?: NodeJS.WriteStream): SeedProgress {
  let current: Progress | undefined;
  return {
    generating: (scale) => log(`generating the seed at scale ${scale}`),
    loading: (part, rows) => {
      current = startProgress({ label: part, total: rows, unit: 'rows', log, stream });
    },
    statement: (rowsWritten, sql) => current?.update(rowsWritten, gist(sql)),
    done: () => {
      current?.stop();
      current = undefined;
    },
  };
}

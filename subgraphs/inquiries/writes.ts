import pLimit from 'p-limit';
import type { Identity } from '../../lib/auth/identity';
import { recordWriter, type RecordWrite } from '../common/writes/run';
import { insertChange, type NewChange } from './changes';
import type { InquiriesContext } from './context';
import type { InquiryChange } from './entities';
import { viewRefresher } from './refresh';

/**
 * Writes of this process run at most this many at once: more would only wait on each other's row
 * locks holding pool connections the reads need. Writes of other replicas queue on the locks.
 */
const WRITE_CONCURRENCY = 3;
const writeSlots = pLimit(WRITE_CONCURRENCY);

const write = recordWriter({ schema: 'inquiries', insertChange });

/**
 * How long a write waits for the reach's refresh before it answers anyway: below the gateway's
 * default subgraph timeout (SUBGRAPH_TIMEOUT_MS), so a committed write is not reported as timed out;
 * on a large catalogue the refresh outlasts it, and the reach follows when it ends (bench/README.md).
 */
const REFRESH_WAIT_MS = 3000;

export interface InquiryWrite<Result> extends RecordWrite<Result, NewChange, InquiryChange> {
  /** The reach's views the change reads into (refresh.ts), refreshed after it commits and, up to REFRESH_WAIT_MS, before the write returns. */
  views: readonly string[];
}

/**
 * One write to an inquiry or to a service's need for it, in one transaction (common/writes/run.ts),
 * with its ledger entries and the derived tables' rows it moves (derived-queries.ts); the reach's
 * views are refreshed after the commit, before it returns (refresh.ts), unless that takes longer
 * than REFRESH_WAIT_MS.
 */
export async function runInquiryWrite<Result>(context: InquiriesContext, what: string, build: (caller: Identity) => InquiryWrite<Result>): Promise<Result> {
  let views: readonly string[] = [];
  const result = await writeSlots(() =>
    write(context, what, (caller) => {
      const spec = build(caller);
      views = spec.views;
      return spec;
    }),
  );
  const refreshed = viewRefresher(context.primary).after(views);
  let timer: NodeJS.Timeout | undefined;
  const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, REFRESH_WAIT_MS)));
  try {
    await Promise.race([refreshed, waited]);
  } finally {
    clearTimeout(timer);
  }
  // A refresh that outlives the wait still ends (or fails: the next write's refresh catches up); nobody else awaits it.
  refreshed.catch(() => {});
  return result;
}

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

export interface InquiryWrite<Result> extends RecordWrite<Result, NewChange, InquiryChange> {
  /** The derived views the change reads into, refreshed after it commits and before the write returns. */
  views: readonly string[];
}

/**
 * One write to an inquiry or to a service's need for it, in one transaction (common/writes/run.ts),
 * with its ledger entries; the derived views are refreshed after the commit, before it returns (refresh.ts).
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
  await viewRefresher(context.primary).after(views);
  return result;
}

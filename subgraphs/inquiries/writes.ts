import pLimit from 'p-limit';
import type { EntityManager } from 'typeorm';
import type { Identity } from '../../lib/auth/identity';
import { assertOwner, requireEditor } from '../common/writes/access';
import { idempotencyKeys } from '../common/writes/idempotency';
import { checkIdempotencyKey } from '../common/writes/validation';
import { insertChange, type NewChange } from './changes';
import type { InquiriesContext } from './context';
import type { InquiryChange } from './entities';
import { viewRefresher } from './refresh';

const keys = idempotencyKeys('inquiries');

/**
 * Writes of this process run at most this many at once: more would only wait on each other's row
 * locks holding pool connections the reads need. Writes of other replicas queue on the locks.
 */
const WRITE_CONCURRENCY = 3;
const writeSlots = pLimit(WRITE_CONCURRENCY);

/**
 * One write to an inquiry or to a service's need for it, all in one transaction: the record
 * locked and its owner checked, the idempotency claim, the change, its history entry (who,
 * when, what, before and after: the audit log), its ledger entries, the stored result. Any
 * error rolls all of it back. The derived views are refreshed after the commit, before the
 * write returns (refresh.ts).
 */
export interface InquiryWrite<Result> {
  /** The mutation and its checked arguments: what an Idempotency-Key is bound to. */
  request: [operation: string, args: unknown];
  /** Locks the record written to and names the agency owning it; throws NOT_FOUND. */
  owner(tx: EntityManager): Promise<{ agencyId: number; record: string }>;
  /** The change; `record` writes its history entry. */
  apply(tx: EntityManager, record: (change: NewChange) => Promise<InquiryChange>): Promise<Result>;
  /** The derived views the change reads into, refreshed after it commits and before the write returns. */
  views: readonly string[];
}

/** Checks the caller and the arguments (nothing is read before), then runs the write in one transaction. */
export async function runInquiryWrite<Result>(context: InquiriesContext, what: string, build: (caller: Identity) => InquiryWrite<Result>): Promise<Result> {
  const caller = requireEditor(context.caller, what);
  const key = checkIdempotencyKey(context.idempotencyKey);
  const write = build(caller);
  const author = { ...caller, requestId: context.requestId ?? null, clientAddress: context.clientAddress };
  const result = await writeSlots(() => context.primary.transaction(async (tx) => {
    // A replay is authorised like a first call: the stored result is only for a caller who may make the write now.
    const owner = await write.owner(tx);
    assertOwner(caller, owner.agencyId, owner.record);
    if (key) {
      const first = await keys.claimKey(tx, caller.subject, key, JSON.stringify(write.request));
      if (first) return first.result as Result;
    }
    const result = await write.apply(tx, (change) => insertChange(tx, author, change));
    if (key) await keys.storeResult(tx, caller.subject, key, result);
    return result;
  }));
  await viewRefresher(context.primary).after(write.views);
  return result;
}

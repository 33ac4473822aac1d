import type { EntityManager } from 'typeorm';
import type { Identity } from '../../../lib/auth/identity';
import type { SubgraphContext } from '../subgraph';
import { assertOwner, requireEditor } from './access';
import { idempotencyKeys } from './idempotency';
import { checkIdempotencyKey } from './validation';

/** Who wrote, for the history entry: the caller, the request's id and the client's address. */
export interface ChangeAuthor {
  subject: string;
  agencyId: number | null;
  roles: string[];
  requestId: string | null;
  clientAddress: string | null;
}

/**
 * One write to a catalogue or inquiry record, all in one transaction: the record locked and
 * its owner checked, the idempotency claim, the change, its history entry (who, when, what,
 * before and after: the audit log), the stored result. Any error rolls all of it back.
 */
export interface RecordWrite<Result, Change, Entry> {
  /** The mutation and its checked arguments: what an Idempotency-Key is bound to. */
  request: [operation: string, args: unknown];
  /** Locks the record written to and names the agency owning it; throws NOT_FOUND. */
  owner(tx: EntityManager): Promise<{ agencyId: number; record: string }>;
  /** The change; `record` writes its history entry. */
  apply(tx: EntityManager, record: (change: Change) => Promise<Entry>): Promise<Result>;
}

/** A subgraph's writes: its schema (for idempotency keys) and how it records a change in its history. */
export interface WriteHistory<Change, Entry> {
  schema: string;
  insertChange(tx: EntityManager, author: ChangeAuthor, change: Change): Promise<Entry>;
}

/** Checks the caller and the arguments (nothing is read before), then runs the write in one transaction. */
export function recordWriter<Change, Entry>(history: WriteHistory<Change, Entry>) {
  const keys = idempotencyKeys(history.schema);
  return async <Result>(context: SubgraphContext<unknown>, what: string, build: (caller: Identity) => RecordWrite<Result, Change, Entry>): Promise<Result> => {
    const caller = requireEditor(context.caller, what);
    const key = checkIdempotencyKey(context.idempotencyKey);
    const write = build(caller);
    const author = { ...caller, requestId: context.requestId ?? null, clientAddress: context.clientAddress };
    return context.primary.transaction(async (tx) => {
      // A replay is authorised like a first call: the stored result is only for a caller who may make the write now.
      const owner = await write.owner(tx);
      assertOwner(caller, owner.agencyId, owner.record);
      if (key) {
        const first = await keys.claimKey(tx, caller.subject, key, JSON.stringify(write.request));
        if (first) return first.result as Result;
      }
      const result = await write.apply(tx, (change) => history.insertChange(tx, author, change));
      if (key) await keys.storeResult(tx, caller.subject, key, result);
      return result;
    });
  };
}

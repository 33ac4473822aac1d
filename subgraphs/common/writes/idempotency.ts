import type { EntityManager } from 'typeorm';
import { badInput } from '../errors';

/**
 * Idempotency keys of a subgraph's writes, per caller (token subject), kept 24 hours, in the
 * subgraph's own `<schema>.idempotency_key`. The key is claimed first in the write's own
 * transaction: a concurrent retry waits on the claim's row, then finds the first write's
 * result. A write that fails leaves no claim, so its retry runs afresh.
 */
export const KEY_LIFETIME = '24 hours';

export function idempotencyKeys(schema: string) {
  const table = `${schema}.idempotency_key`;

  /** The stored result when this key already carried this request, else null (the key is now claimed). */
  async function claimKey(tx: EntityManager, subject: string, key: string, request: string): Promise<{ result: unknown } | null> {
    await tx.query(
      `DELETE FROM ${table} WHERE (subject, key) IN (
         SELECT subject, key FROM ${table} WHERE created_at < now() - interval '${KEY_LIFETIME}' LIMIT 100 FOR UPDATE SKIP LOCKED)`,
    );
    const claimed = await tx.query(`INSERT INTO ${table} (subject, key, request) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING key`, [subject, key, request]);
    if (claimed.length > 0) return null;
    const [first] = await tx.query(`SELECT request, result FROM ${table} WHERE subject = $1 AND key = $2`, [subject, key]);
    if (!first) return claimKey(tx, subject, key, request); // it expired and was purged in between: claim it now
    if (first.request !== request) {
      throw badInput('This Idempotency-Key already carried another request (another mutation or other arguments): use a new key for a new request', 'Idempotency-Key');
    }
    return { result: first.result };
  }

  async function storeResult(tx: EntityManager, subject: string, key: string, result: unknown): Promise<void> {
    await tx.query(`UPDATE ${table} SET result = $3 WHERE subject = $1 AND key = $2`, [subject, key, JSON.stringify(result)]);
  }

  return { claimKey, storeResult };
}

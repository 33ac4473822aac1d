import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { bulkInsert } from '../common/bulk-insert';
import { rankByName } from './name-order';

/**
 * The inquiries subgraph's copy of the services' Persian names (inquiries.service_name) and how far
 * the catalogue's change feed has been applied to it (inquiries.catalogue_follow).
 */

export interface ServiceNameRow {
  id: number;
  nameFa: string;
}

/** The seed's names, as the catalogue has them; the feed is then followed from its start. */
export async function replaceServiceNames(runner: QueryRunner, names: ServiceNameRow[]): Promise<void> {
  await runner.query('TRUNCATE inquiries.service_name');
  const ranks = rankByName(names);
  await bulkInsert(runner, 'inquiries.service_name', [
    ['service_id', 'int', (row) => row.id],
    ['name_fa', 'text', (row) => row.nameFa],
    ['name_rank', 'int', (row) => ranks.get(row.id)],
  ], names);
  await runner.query('UPDATE inquiries.catalogue_follow SET feed_cursor = NULL, changes_applied = 0, followed_at = NULL');
  await runner.query('ANALYZE inquiries.service_name');
}

/** True while the copy holds no name: a database migrated, never seeded with them (a deployment older than the copy). */
export async function namesMissing(db: DataSource): Promise<boolean> {
  const [row] = await db.query('SELECT NOT EXISTS (SELECT 1 FROM inquiries.service_name) AS missing');
  return row.missing;
}

/**
 * The names as the catalogue lists them now, into an empty copy, the feed's cursor left at its start (a replay of the
 * feed then ends at the same names). False when the copy was filled meanwhile (by another replica).
 */
export function fillServiceNames(db: DataSource, names: ServiceNameRow[]): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [follow] = await tx.query('SELECT feed_cursor AS "cursor" FROM inquiries.catalogue_follow FOR UPDATE');
    const [filled] = await tx.query('SELECT 1 FROM inquiries.service_name LIMIT 1');
    if (filled || (follow?.cursor ?? null) !== null) return false;
    const ranks = rankByName(names);
    await tx.query(
      `INSERT INTO inquiries.service_name (service_id, name_fa, name_rank) SELECT * FROM unnest($1::int[], $2::text[], $3::int[])`,
      [names.map((row) => row.id), names.map((row) => row.nameFa), names.map((row) => ranks.get(row.id))],
    );
    return true;
  });
}

/** The catalogue feed's cursor the names are up to (null: from its start). */
export async function followCursor(db: DataSource): Promise<string | null> {
  const [row] = await db.query('SELECT feed_cursor AS "cursor" FROM inquiries.catalogue_follow');
  return row?.cursor ?? null;
}

export interface AppliedPage {
  /** The cursor the page was read after; it is applied only if the names are still there. */
  from: string | null;
  /** The page's endCursor. */
  to: string;
  /** The page's changes, counted. */
  changes: number;
  /** The page's service renames, in feed order. */
  renames: ServiceNameRow[];
}

/**
 * Applies one page of the feed in one transaction: the renames, the ranks they move, the cursor.
 * False when another process moved the cursor first (it applied the page; nothing is done twice).
 */
export function applyFeedPage(db: DataSource, page: AppliedPage): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [follow] = await tx.query('SELECT feed_cursor AS "cursor" FROM inquiries.catalogue_follow FOR UPDATE');
    if ((follow?.cursor ?? null) !== page.from) return false;
    if (page.renames.length > 0) {
      // The last rename of a service in the page wins: the feed is in commit order.
      const latest = new Map(page.renames.map((rename) => [rename.id, rename.nameFa]));
      await tx.query(
        `INSERT INTO inquiries.service_name (service_id, name_fa, name_rank)
         SELECT id, name_fa, 0 FROM unnest($1::int[], $2::text[]) AS r(id, name_fa)
         ON CONFLICT (service_id) DO UPDATE SET name_fa = excluded.name_fa`,
        [[...latest.keys()], [...latest.values()]],
      );
      await rerank(tx);
    }
    await tx.query(
      'UPDATE inquiries.catalogue_follow SET feed_cursor = $1, changes_applied = changes_applied + $2, followed_at = now()',
      [page.to, page.changes],
    );
    return true;
  });
}

/** Every service's rank anew (a rename moves the services between its old and new place); only changed ranks are written. */
async function rerank(tx: EntityManager): Promise<void> {
  const rows: { id: number; nameFa: string; rank: number }[] = await tx.query(
    'SELECT service_id AS id, name_fa AS "nameFa", name_rank AS rank FROM inquiries.service_name',
  );
  const ranks = rankByName(rows);
  const moved = rows.filter((row) => ranks.get(row.id) !== row.rank);
  if (moved.length === 0) return;
  await tx.query(
    `UPDATE inquiries.service_name n SET name_rank = r.rank FROM unnest($1::int[], $2::int[]) AS r(id, rank) WHERE n.service_id = r.id`,
    [moved.map((row) => row.id), moved.map((row) => ranks.get(row.id))],
  );
}

import type { DataSource } from 'typeorm';
import type { Page } from './pagination';

/**
 * One SQL statement for one page of an id-ordered list and its total count:
 * the count and the page are two lateral sub-selects of the same statement.
 */
export interface PageQuery {
  /** e.g. `catalogue.service s` */
  from: string;
  /** the id column the list is ordered by, e.g. `s.id` */
  idColumn: string;
  /** the selected columns, aliased to the entity's property names */
  columns: string;
  /** conditions on the rows; they may use $1..$n of `params` */
  where?: string;
  params?: unknown[];
}

export interface PageRows<Row> {
  total: number;
  rows: Row[];
}

export async function fetchPage<Row>(db: DataSource, query: PageQuery, page: Page): Promise<PageRows<Row>> {
  const params = [...(query.params ?? [])];
  const where = query.where ? `(${query.where})` : 'true';
  const afterId = `$${params.push(page.after?.[0] ?? 0)}`;
  const limit = `$${params.push(page.fetch)}`;
  const rows: (Row & { __total: number; __id: number | null })[] = await db.query(
    `SELECT t.__total, p.* FROM (SELECT count(*)::int AS __total FROM ${query.from} WHERE ${where}) t
     LEFT JOIN LATERAL (
       SELECT ${query.idColumn} AS __id, ${query.columns} FROM ${query.from}
       WHERE ${where} AND ${query.idColumn} > ${afterId} ORDER BY ${query.idColumn} LIMIT ${limit}
     ) p ON true`,
    params,
  );
  return { total: rows[0]?.__total ?? 0, rows: rows.filter((row) => row.__id !== null) };
}

/**
 * The same for many parents at once (Agency.services for every agency of a response):
 * `where` relates the rows to the parent id `parent.id`; $1 is the array of parent ids.
 */
export async function fetchPagesByParent<Row>(
  db: DataSource,
  parentIds: number[],
  query: PageQuery,
  page: Page,
): Promise<Map<number, PageRows<Row>>> {
  const params: unknown[] = [parentIds, ...(query.params ?? [])];
  const where = `(${query.where ?? 'true'})`;
  const afterId = `$${params.push(page.after?.[0] ?? 0)}`;
  const limit = `$${params.push(page.fetch)}`;
  const rows: (Row & { __parent: number; __total: number; __id: number | null })[] = await db.query(
    `SELECT parent.id AS __parent, t.__total, p.* FROM unnest($1::int[]) AS parent(id)
     CROSS JOIN LATERAL (SELECT count(*)::int AS __total FROM ${query.from} WHERE ${where}) t
     LEFT JOIN LATERAL (
       SELECT ${query.idColumn} AS __id, ${query.columns} FROM ${query.from}
       WHERE ${where} AND ${query.idColumn} > ${afterId} ORDER BY ${query.idColumn} LIMIT ${limit}
     ) p ON true`,
    params,
  );
  const pages = new Map<number, PageRows<Row>>();
  for (const row of rows) {
    const entry = pages.get(row.__parent) ?? { total: row.__total, rows: [] };
    if (row.__id !== null) entry.rows.push(row);
    pages.set(row.__parent, entry);
  }
  return pages;
}

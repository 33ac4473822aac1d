import type { DataSource } from 'typeorm';
import { MAX_INT } from './ids';
import type { Page } from './pagination';

/**
 * A keyset-paged list in SQL: its rows and its count are two lateral sub-selects of one
 * statement, and a page starts after the cursor's key (the values of the `order` columns of
 * the last row seen), so it is found through an index however deep it is.
 */
export interface KeysetList {
  /** e.g. `catalogue.service s` */
  from: string;
  /** the selected columns, aliased to the row's property names */
  columns: string;
  /**
   * The sort key, e.g. `['d.links DESC', 'd.consumer_agency_id', 'd.provider_agency_id']`: it must
   * order the rows totally, and the cursor holds its values. Keys are integers from 0 below MAX_INT.
   */
  order: string[];
  /** conditions on the rows; they may use $1..$n of `params` (and `parent.id`, per parent) */
  where?: string;
  params?: unknown[];
  /** Aggregates of the whole list beside its count, by name, e.g. `{ links: 'coalesce(sum(links), 0)::int' }`. */
  totals?: Record<string, string>;
}

export interface PageRows<Row> {
  total: number;
  rows: Row[];
}

/** One page of a list, its count and its `totals`, in one statement. */
export async function fetchPage<Row, Totals = Record<string, never>>(db: DataSource, list: KeysetList, page: Page): Promise<PageRows<Row> & { totals: Totals }> {
  const params = [...(list.params ?? [])];
  const { where, rows: pageRows } = pageSql(list, page, params);
  const rows: Record<string, unknown>[] = await db.query(
    `SELECT t.*, p.* FROM (SELECT ${counted(list)} FROM ${list.from} WHERE ${where}) t LEFT JOIN LATERAL (${pageRows}) p ON true`,
    params,
  );
  return pageOf<Row, Totals>(rows);
}

/**
 * The same for many parents at once (Agency.services for every agency of a response):
 * `where` relates the rows to the parent id `parent.id`; $1 is the array of parent ids.
 * Without `count`, no count is made (the caller knows the total from elsewhere: `total` is 0).
 */
export async function fetchPagesByParent<Row>(
  db: DataSource,
  parentIds: number[],
  list: KeysetList,
  page: Page,
  { count = true } = {},
): Promise<Map<number, PageRows<Row>>> {
  const params: unknown[] = [parentIds, ...(list.params ?? [])];
  const { where, rows: pageRows } = pageSql(list, page, params);
  const total = count ? `CROSS JOIN LATERAL (SELECT ${counted(list)} FROM ${list.from} WHERE ${where}) t` : '';
  const rows: (Record<string, unknown> & { __parent: number })[] = await db.query(
    `SELECT parent.id AS __parent, ${count ? 't.*, ' : ''}p.* FROM unnest($1::int[]) AS parent(id) ${total}
     LEFT JOIN LATERAL (${pageRows}) p ON true`,
    params,
  );
  const byParent = new Map<number, Record<string, unknown>[]>();
  for (const row of rows) {
    const parentRows = byParent.get(row.__parent);
    if (parentRows) parentRows.push(row);
    else byParent.set(row.__parent, [row]);
  }
  return new Map([...byParent].map(([parent, parentRows]) => [parent, pageOf<Row, unknown>(parentRows)]));
}

/** The count and the totals, aliased `__total` and `__totals:<name>`. */
function counted(list: KeysetList): string {
  const totals = Object.entries(list.totals ?? {}).map(([name, aggregate]) => `, ${aggregate} AS "__totals:${name}"`);
  return `count(*)::int AS __total${totals.join('')}`;
}

/** The page's sub-select (marked by `__row`); `params` gets the cursor's values and the limit. */
function pageSql(list: KeysetList, page: Page, params: unknown[]): { where: string; rows: string } {
  const where = `(${list.where ?? 'true'})`;
  const order = list.order.map(sortColumn);
  if (page.after && page.after.length !== order.length) throw new Error(`a cursor of ${page.after.length} values for a sort key of ${order.length}`);
  // Before the first page: below every descending key, above every ascending one.
  const after = order.map(({ descending }, index) => `$${params.push(page.after?.[index] ?? (descending ? MAX_INT : 0))}`);
  const limit = `$${params.push(page.fetch)}`;
  return {
    where,
    rows: `SELECT true AS __row, ${list.columns} FROM ${list.from}
       WHERE ${where} AND (${keysetCondition(order, after)}) ORDER BY ${list.order.join(', ')} LIMIT ${limit}`,
  };
}

function sortColumn(entry: string): { column: string; descending: boolean } {
  const [, column, direction] = /^(.*?)(?:\s+(ASC|DESC))?$/i.exec(entry.trim())!;
  return { column: column!, descending: direction?.toUpperCase() === 'DESC' };
}

/**
 * Rows after the cursor: runs of columns sorted the same way compare as one row value, so
 * `links DESC, consumer, provider` after (l, c, p) is `links < l OR (links = l AND (consumer, provider) > (c, p))`.
 */
function keysetCondition(order: { column: string; descending: boolean }[], after: string[]): string {
  const runs: { columns: string[]; values: string[]; descending: boolean }[] = [];
  order.forEach(({ column, descending }, index) => {
    const run = runs.at(-1);
    if (run && run.descending === descending) {
      run.columns.push(column);
      run.values.push(after[index]!);
    } else runs.push({ columns: [column], values: [after[index]!], descending });
  });
  const value = (items: string[]) => (items.length === 1 ? items[0]! : `(${items.join(', ')})`);
  return runs.reduceRight<string | null>((rest, run) => {
    const beyond = `${value(run.columns)} ${run.descending ? '<' : '>'} ${value(run.values)}`;
    if (rest === null) return beyond;
    return `${beyond} OR (${value(run.columns)} = ${value(run.values)} AND ${rest.includes(' OR ') ? `(${rest})` : rest})`;
  }, null)!;
}

/** The rows of one page without the statement's bookkeeping (`__…` columns), with its count and totals. */
function pageOf<Row, Totals>(rows: Record<string, unknown>[]): PageRows<Row> & { totals: Totals } {
  const first = rows[0];
  const totals: Record<string, unknown> = {};
  for (const key in first) if (key.startsWith('__totals:')) totals[key.slice('__totals:'.length)] = first[key];
  const pageRows = rows
    .filter((row) => row.__row !== null && row.__row !== undefined)
    .map((row) => {
      const clean: Record<string, unknown> = {};
      for (const key in row) if (!key.startsWith('__')) clean[key] = row[key];
      return clean as Row;
    });
  return { total: (first?.__total as number | undefined) ?? 0, rows: pageRows, totals: totals as Totals };
}

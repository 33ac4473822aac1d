import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Metrics } from '../../lib/metrics';
import type { Page } from './pagination';
import { fetchPagesByParent, type KeysetList, type PageRows } from './sql-pages';

/**
 * DataLoader shapes used by every subgraph. Each loader lives for one request; its batch
 * function receives every key asked for in one tick and issues one SQL statement for them,
 * and counts the batch's size in the subgraph's metrics.
 */

/** One row per key, or null where no row has that key. */
export function rowLoader<K, Row>(metrics: Metrics, fetch: (keys: K[]) => Promise<Row[]>, keyOf: (row: Row) => K): DataLoader<K, Row | null> {
  return new DataLoader(async (keys) => {
    metrics.observeBatch('row', keys.length);
    const byKey = new Map((await fetch([...keys])).map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** All rows of each key, in the order the statement returned them. */
export function listLoader<K, Row>(metrics: Metrics, fetch: (keys: K[]) => Promise<Row[]>, keyOf: (row: Row) => K): DataLoader<K, Row[]> {
  return new DataLoader(async (keys) => {
    metrics.observeBatch('list', keys.length);
    const byKey = new Map<K, Row[]>(keys.map((key) => [key, []]));
    for (const row of await fetch([...keys])) byKey.get(keyOf(row))?.push(row);
    return keys.map((key) => byKey.get(key)!);
  });
}

/** A value per key (a count, a summary), `fallback` where the statement returned none. */
export function valueLoader<K, Value>(metrics: Metrics, fetch: (keys: K[]) => Promise<Map<K, Value>>, fallback: Value): DataLoader<K, Value> {
  return new DataLoader(async (keys) => {
    metrics.observeBatch('value', keys.length);
    const values = await fetch([...keys]);
    return keys.map((key) => values.get(key) ?? fallback);
  });
}

/**
 * A page of children per parent, for connection fields on entities (Agency.services…).
 * Keys carry the page arguments; parents asked with the same arguments share one statement.
 */
export function pageLoader<Args, Result>(
  metrics: Metrics,
  fetch: (parentIds: number[], args: Args) => Promise<Map<number, Result>>,
  empty: (args: Args) => Result,
): DataLoader<{ id: number; args: Args }, Result, string> {
  return new DataLoader(
    async (keys) => {
      metrics.observeBatch('page', keys.length);
      const groups = new Map<string, { args: Args; ids: number[] }>();
      for (const { id, args } of keys) {
        const group = groups.get(JSON.stringify(args)) ?? { args, ids: [] };
        group.ids.push(id);
        groups.set(JSON.stringify(args), group);
      }
      const results = new Map<string, Result>();
      for (const [argsKey, group] of groups) {
        const byParent = await fetch(group.ids, group.args);
        for (const id of group.ids) results.set(`${id}|${argsKey}`, byParent.get(id) ?? empty(group.args));
      }
      return keys.map(({ id, args }) => results.get(`${id}|${JSON.stringify(args)}`)!);
    },
    { cacheKeyFn: ({ id, args }) => `${id}|${JSON.stringify(args)}` },
  );
}

/**
 * A keyset page of a list per parent (Agency.services…), `list.where` relating its rows to `parent.id`:
 * parents asked for the same page share one statement. Without `count`, the pages' totals are 0.
 */
export function keysetPageLoader<Row>(metrics: Metrics, db: DataSource, list: KeysetList, options?: { count?: boolean }) {
  return pageLoader<Page, PageRows<Row>>(
    metrics,
    (parentIds, page) => fetchPagesByParent<Row>(db, parentIds, list, page, options),
    () => ({ total: 0, rows: [] }),
  );
}

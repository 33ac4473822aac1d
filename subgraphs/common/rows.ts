import type { DataSource, EntityTarget } from 'typeorm';
import { entityColumns } from './columns';
import { Conditions } from './filters';
import type { Page } from './pagination';
import { fetchPage, type PageRows } from './sql-pages';

/**
 * An entity's rows as plain objects shaped like the entity (`x` is the table's alias in
 * `condition` and `orderBy`): raw SQL skips TypeORM's query building and entity hydration,
 * a large share of a loader's CPU on the hot paths.
 */
export function selectRows<Row>(db: DataSource, entity: EntityTarget<Row>, condition: string, params: unknown[], orderBy?: string): Promise<Row[]> {
  return db.query(`SELECT ${entityColumns(db, entity, 'x')} FROM ${db.getMetadata(entity).tablePath} x WHERE ${condition}${orderBy ? ` ORDER BY ${orderBy}` : ''}`, params);
}

/**
 * A page of an entity's rows by id, with their count: each filter is a condition on `x` in which
 * `?` stands for its value, and applies unless the value is null or undefined.
 */
export function entityPage<Row>(db: DataSource, entity: EntityTarget<Row>, filters: [condition: string, value: unknown][], page: Page): Promise<PageRows<Row>> {
  const where = new Conditions();
  for (const [condition, value] of filters) where.add(condition, value);
  const list = { from: `${db.getMetadata(entity).tablePath} x`, order: ['x.id'], columns: entityColumns(db, entity, 'x'), where: where.sql, params: where.params };
  return fetchPage<Row>(db, list, page);
}

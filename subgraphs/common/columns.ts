import type { DataSource, EntityTarget } from 'typeorm';

/**
 * `alias.column AS "property"` for every selectable column of an entity, so raw SQL
 * (pages, lateral joins) returns rows shaped like the entity without a mapping per query.
 */
export function entityColumns(db: DataSource, entity: EntityTarget<unknown>, alias: string): string {
  return db
    .getMetadata(entity)
    .columns.filter((column) => column.isSelect)
    .map((column) => `${alias}.${column.databaseName} AS "${column.propertyName}"`)
    .join(', ');
}

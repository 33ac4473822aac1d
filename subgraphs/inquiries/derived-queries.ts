/**
 * The figures derived from the links (inquiries.requirement) and the inquiries' channels, kept in
 * ordinary tables. Each table has one definition, its SELECT: a full rebuild (the seed, the
 * migration) inserts all of it; a write deletes the rows of the keys it touched and inserts the
 * definition's rows for those keys, inside its own transaction, so its figures are there at its
 * commit. The reach (provider_reach, provider_reach_count) stays a materialized view (refresh.ts).
 */

/** What runs the statements: a typeorm QueryRunner or EntityManager (a write's `tx`). */
export interface Sql {
  query(sql: string, parameters?: unknown[]): Promise<any>;
}

/** The keys a write touches: the services, consumer agencies and provider agencies whose rows it recomputes. */
export interface DerivedScope {
  services: number[];
  consumers: number[];
  providers: number[];
}

export type DerivedTableName = 'service_link' | 'service_summary' | 'provider_service' | 'agency_dependency' | 'paper_service' | 'consumer_paper';

export interface DerivedTable {
  name: DerivedTableName;
  /** Its rows, columns in the table's order; read over the base tables and the derived tables before it. */
  definition: string;
  /** The key columns a scope restricts, each with the scope's list of ids it takes. */
  keys: Partial<Record<string, keyof DerivedScope>>;
}

/** Every derived table, each after the ones its definition reads. */
export const DERIVED_TABLES: readonly DerivedTable[] = [
  {
    // Distinct (service, inquiry) pairs: the "links" of the statistics.
    name: 'service_link',
    definition: `SELECT DISTINCT service_id, inquiry_id, consumer_agency_id FROM inquiries.requirement`,
    keys: { service_id: 'services' },
  },
  {
    name: 'service_summary',
    definition: `
      SELECT l.service_id,
             count(*)::int AS inquiry_count,
             (count(*) FILTER (WHERE i.channel = 'PAPER'))::int AS paper_inquiry_count
      FROM inquiries.service_link l JOIN inquiries.inquiry i ON i.id = l.inquiry_id
      GROUP BY l.service_id`,
    keys: { service_id: 'services' },
  },
  {
    name: 'provider_service',
    definition: `
      SELECT DISTINCT i.provider_agency_id, l.service_id
      FROM inquiries.service_link l JOIN inquiries.inquiry i ON i.id = l.inquiry_id`,
    keys: { service_id: 'services' },
  },
  {
    // Weighted edges consumer agency → provider agency.
    name: 'agency_dependency',
    definition: `
      SELECT l.consumer_agency_id, i.provider_agency_id,
             count(*)::int AS links,
             (count(*) FILTER (WHERE i.channel = 'PAPER'))::int AS paper_links,
             count(DISTINCT l.service_id)::int AS services
      FROM inquiries.service_link l JOIN inquiries.inquiry i ON i.id = l.inquiry_id
      GROUP BY l.consumer_agency_id, i.provider_agency_id`,
    keys: { consumer_agency_id: 'consumers', provider_agency_id: 'providers' },
  },
  {
    // Per consumer agency and service: its links to paper inquiries.
    name: 'paper_service',
    definition: `
      SELECT l.consumer_agency_id, l.service_id, count(*)::int AS paper_links
      FROM inquiries.service_link l JOIN inquiries.inquiry i ON i.id = l.inquiry_id
      WHERE i.channel = 'PAPER'
      GROUP BY l.consumer_agency_id, l.service_id`,
    keys: { service_id: 'services' },
  },
  {
    // Per consumer agency: its links, those on paper, and its services still needing a paper inquiry.
    name: 'consumer_paper',
    definition: `
      SELECT d.consumer_agency_id, sum(d.links)::int AS links, sum(d.paper_links)::int AS paper_links,
             (SELECT count(*)::int FROM inquiries.paper_service p WHERE p.consumer_agency_id = d.consumer_agency_id) AS paper_services
      FROM inquiries.agency_dependency d
      GROUP BY d.consumer_agency_id`,
    keys: { consumer_agency_id: 'consumers' },
  },
];

/** What a channel change moves (the links stay); a need added or retired moves every table. */
export const CHANNEL_TABLES: readonly DerivedTableName[] = ['service_summary', 'agency_dependency', 'paper_service', 'consumer_paper'];
export const LINK_TABLES: readonly DerivedTableName[] = DERIVED_TABLES.map((table) => table.name);

/**
 * Every maintenance of the derived tables holds this lock until its transaction ends. Taken after
 * the write's own change, it orders the maintenance steps: each statement after it reads a fresh
 * snapshot holding every earlier writer's change and recomputed rows, so two writes touching the
 * same keys neither collide on a key nor overwrite each other's figures with stale ones.
 */
const LOCK_SQL = `SELECT pg_advisory_xact_lock(hashtext('inquiries.derived_tables'))`;

/** Bumped by every maintenance under the lock, so it counts commits in their order: what the planner's model is stamped with. */
const BUMP_SQL = `UPDATE inquiries.derived_version SET version = version + 1`;

/** An id list as an SQL literal: the ids come from the database or from checked arguments, never from text. */
function idList(ids: readonly number[]): string {
  for (const id of ids) if (!Number.isSafeInteger(id)) throw new Error(`not an id: ${id}`);
  return `'{${ids.join(',')}}'::int[]`;
}

/** The condition restricting the table's rows (or its definition's, under `alias`) to the scope's keys; the filter reaches the base tables through the grouping. */
function inScope(table: DerivedTable, alias: string | null, scope: DerivedScope): string {
  return (Object.entries(table.keys) as [string, keyof DerivedScope][])
    .map(([column, list]) => `${alias ? `${alias}.` : ''}${column} = ANY(${idList(scope[list])})`)
    .join(' AND ');
}

/** Empties every derived table and fills it from its definition, analysing each before the next reads it. */
export async function rebuildDerivedTables(sql: Sql): Promise<void> {
  await sql.query(LOCK_SQL);
  await sql.query(`TRUNCATE ${DERIVED_TABLES.map((table) => `inquiries.${table.name}`).join(', ')}`);
  for (const table of DERIVED_TABLES) {
    await sql.query(`INSERT INTO inquiries.${table.name} ${table.definition}`);
    await sql.query(`ANALYZE inquiries.${table.name}`);
  }
  await sql.query(BUMP_SQL);
}

/**
 * Takes the lock, then recomputes the named tables' rows of the scope's keys from their definitions, in the write's
 * transaction. One round trip, every writer waiting on the lock meanwhile: the statements of one simple query each
 * read a fresh snapshot (READ COMMITTED), so each sees what the writers before the lock committed.
 */
async function recompute(sql: Sql, tables: readonly DerivedTableName[], scope: DerivedScope): Promise<void> {
  const statements = [LOCK_SQL];
  for (const table of DERIVED_TABLES) {
    if (!tables.includes(table.name)) continue;
    statements.push(`DELETE FROM inquiries.${table.name} WHERE ${inScope(table, null, scope)}`);
    statements.push(`INSERT INTO inquiries.${table.name} SELECT d.* FROM (${table.definition}) d WHERE ${inScope(table, 'd', scope)}`);
  }
  statements.push(BUMP_SQL);
  await sql.query(statements.join(';\n'));
}

/**
 * After an inquiry's channel changed: the services needing it, their consumer agencies' edges to its provider, their
 * paper figures. The inquiry's row lock (held since the write began) keeps its needs as read here until the commit.
 * The definitions count paper links alone: a change between NIX and DIRECT moves none of their rows.
 */
export async function maintainAfterChannelChange(sql: Sql, inquiryId: number, from: string, to: string): Promise<void> {
  if (from !== 'PAPER' && to !== 'PAPER') return;
  const [scope]: DerivedScope[] = await sql.query(
    `SELECT coalesce(array_agg(DISTINCT r.service_id), '{}') AS services,
            coalesce(array_agg(DISTINCT r.consumer_agency_id), '{}') AS consumers,
            ARRAY(SELECT provider_agency_id FROM inquiries.inquiry WHERE id = $1) AS providers
     FROM inquiries.requirement r WHERE r.inquiry_id = $1`,
    [inquiryId],
  );
  await recompute(sql, CHANNEL_TABLES, scope);
}

/** After a service's need for an inquiry was added or retired: the service's rows, its agency's edge to the provider, its agency's paper figures. */
export async function maintainAfterLinkChange(sql: Sql, link: { serviceId: number; consumerAgencyId: number; providerAgencyId: number }): Promise<void> {
  await recompute(sql, LINK_TABLES, { services: [link.serviceId], consumers: [link.consumerAgencyId], providers: [link.providerAgencyId] });
}

/**
 * Rows where a derived table and its definition differ, per table (0 everywhere when they agree):
 * what the tests and an operator check the incremental maintenance against.
 */
export async function derivedDrift(sql: Sql): Promise<Record<DerivedTableName, number>> {
  const [row] = await sql.query(
    `SELECT ${DERIVED_TABLES.map(
      (table) =>
        `(SELECT count(*)::int FROM (((TABLE inquiries.${table.name}) EXCEPT ALL (${table.definition})) UNION ALL ((${table.definition}) EXCEPT ALL (TABLE inquiries.${table.name}))) x) AS ${table.name}`,
    ).join(', ')}`,
  );
  return row;
}

/**
 * The figures derived from the links (inquiries.requirement) and the inquiries' channels, kept in
 * ordinary tables. Each table has one definition, its SELECT: a full rebuild (the seed, the
 * migration) inserts all of it; a need added or retired deletes the rows of the keys it touched and
 * inserts the definition's rows for those keys, inside its own transaction, so its figures are there
 * at its commit. A channel change to or from PAPER moves only paper counts, by one per link of the
 * inquiry: it adds that difference to the rows instead, whatever the size of the services' figures.
 * The reach (provider_reach, provider_reach_count) stays a materialized view (refresh.ts).
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

/**
 * Every maintenance of the derived tables holds this lock until its transaction ends. Taken after
 * the write's own change, it orders the maintenance steps: each statement after it reads a fresh
 * snapshot holding every earlier writer's change and maintained rows, so two writes touching the
 * same keys neither collide on a key nor overwrite each other's figures with stale ones, and a
 * channel change adds its difference to rows that count its inquiry at its old channel.
 */
const LOCK_SQL = `SELECT pg_advisory_xact_lock(hashtext('inquiries.derived_tables'))`;

/** Bumped by every maintenance under the lock, so it counts commits in their order: what the planner's model is stamped with. */
const BUMP_SQL = `UPDATE inquiries.derived_version SET version = version + 1`;

/** An id as an SQL literal: the ids come from the database or from checked arguments, never from text. */
function idLiteral(id: number): string {
  if (!Number.isSafeInteger(id)) throw new Error(`not an id: ${id}`);
  return String(id);
}

/** An id list as an SQL literal. */
function idList(ids: readonly number[]): string {
  return `'{${ids.map(idLiteral).join(',')}}'::int[]`;
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
 * Takes the lock, then recomputes every table's rows of the scope's keys from their definitions, in the write's
 * transaction. One round trip, every writer waiting on the lock meanwhile: the statements of one simple query each
 * read a fresh snapshot (READ COMMITTED), so each sees what the writers before the lock committed.
 */
async function recompute(sql: Sql, scope: DerivedScope): Promise<void> {
  const statements = [LOCK_SQL];
  for (const table of DERIVED_TABLES) {
    statements.push(`DELETE FROM inquiries.${table.name} WHERE ${inScope(table, null, scope)}`);
    statements.push(`INSERT INTO inquiries.${table.name} SELECT d.* FROM (${table.definition}) d WHERE ${inScope(table, 'd', scope)}`);
  }
  statements.push(BUMP_SQL);
  await sql.query(statements.join(';\n'));
}

/**
 * The statements adding `delta` (+1: the inquiry became PAPER, -1: it left PAPER) to the paper counts its links
 * make, each reading the inquiry's links (service_link, one row per service needing it) and the rows as the
 * statements before it left them. consumer_paper goes first: its paper services move by the (consumer, service)
 * rows the paper_service statements after it create (none yet) or empty (at 1 now).
 */
function channelDelta(inquiryId: number, delta: 1 | -1): string[] {
  const inquiry = idLiteral(inquiryId);
  const links = `SELECT service_id, consumer_agency_id FROM inquiries.service_link WHERE inquiry_id = ${inquiry}`;
  const perConsumer = `SELECT consumer_agency_id, count(*)::int AS links FROM inquiries.service_link WHERE inquiry_id = ${inquiry} GROUP BY consumer_agency_id`;
  const statements = [
    `UPDATE inquiries.service_summary s SET paper_inquiry_count = s.paper_inquiry_count + ${delta}
     FROM (${links}) l WHERE s.service_id = l.service_id`,
    `UPDATE inquiries.agency_dependency d SET paper_links = d.paper_links + ${delta} * l.links
     FROM (${perConsumer}) l
     WHERE d.consumer_agency_id = l.consumer_agency_id AND d.provider_agency_id = (SELECT provider_agency_id FROM inquiries.inquiry WHERE id = ${inquiry})`,
    `UPDATE inquiries.consumer_paper c SET paper_links = c.paper_links + ${delta} * m.links, paper_services = c.paper_services + ${delta} * m.flipped
     FROM (SELECT l.consumer_agency_id, count(*)::int AS links,
                  (count(*) FILTER (WHERE coalesce(p.paper_links, 0) = ${delta === 1 ? 0 : 1}))::int AS flipped
           FROM (${links}) l
           LEFT JOIN inquiries.paper_service p ON p.consumer_agency_id = l.consumer_agency_id AND p.service_id = l.service_id
           GROUP BY l.consumer_agency_id) m
     WHERE c.consumer_agency_id = m.consumer_agency_id`,
  ];
  if (delta === 1) {
    statements.push(
      `INSERT INTO inquiries.paper_service (consumer_agency_id, service_id, paper_links)
       SELECT consumer_agency_id, service_id, 1 FROM (${links}) l
       ON CONFLICT (consumer_agency_id, service_id) DO UPDATE SET paper_links = paper_service.paper_links + 1`,
    );
  } else {
    statements.push(
      `UPDATE inquiries.paper_service p SET paper_links = p.paper_links - 1
       FROM (${links}) l WHERE p.consumer_agency_id = l.consumer_agency_id AND p.service_id = l.service_id`,
      `DELETE FROM inquiries.paper_service p USING (${links}) l
       WHERE p.consumer_agency_id = l.consumer_agency_id AND p.service_id = l.service_id AND p.paper_links = 0`,
    );
  }
  return statements;
}

/**
 * After an inquiry's channel changed: its links' paper counts move by one each, in the services' summaries, their
 * agencies' edges to its provider and their paper figures, under the lock in one round trip. The inquiry's row lock
 * (held since the write began) keeps its links as read here until the commit; the lock orders the additions after
 * every committed maintenance, whose rows counted this inquiry at its old channel. The definitions count paper links
 * alone: a change between NIX and DIRECT moves none of their rows.
 */
export async function maintainAfterChannelChange(sql: Sql, inquiryId: number, from: string, to: string): Promise<void> {
  if ((from === 'PAPER') === (to === 'PAPER')) return;
  await sql.query([LOCK_SQL, ...channelDelta(inquiryId, to === 'PAPER' ? 1 : -1), BUMP_SQL].join(';\n'));
}

/** After a service's need for an inquiry was added or retired: the service's rows, its agency's edge to the provider, its agency's paper figures. */
export async function maintainAfterLinkChange(sql: Sql, link: { serviceId: number; consumerAgencyId: number; providerAgencyId: number }): Promise<void> {
  await recompute(sql, { services: [link.serviceId], consumers: [link.consumerAgencyId], providers: [link.providerAgencyId] });
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

import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DERIVED_TABLES, rebuildDerivedTables, type DerivedTableName } from '../derived-queries';

/** The reach, recursive, stays a materialized view refreshed after a write commits: recreated over the tables. */
const REACH_VIEWS = [
  `CREATE MATERIALIZED VIEW inquiries.provider_reach AS
     WITH RECURSIVE blocked (provider_agency_id, service_id, depth) AS (
       SELECT provider_agency_id, service_id, 1 FROM inquiries.provider_service
       UNION
       SELECT b.provider_agency_id, l.service_id, b.depth + 1
       FROM blocked b
       JOIN inquiries.inquiry i ON i.answered_by_service_id = b.service_id
       JOIN inquiries.service_link l ON l.inquiry_id = i.id
       WHERE b.depth < 10
     )
     SELECT provider_agency_id, service_id, min(depth)::int AS depth FROM blocked GROUP BY provider_agency_id, service_id
   WITH NO DATA`,
  `CREATE UNIQUE INDEX provider_reach_pk ON inquiries.provider_reach (provider_agency_id, depth, service_id)`,
  `CREATE MATERIALIZED VIEW inquiries.provider_reach_count AS
     SELECT provider_agency_id, depth, count(*)::int AS services FROM inquiries.provider_reach GROUP BY provider_agency_id, depth
   WITH NO DATA`,
  `CREATE UNIQUE INDEX provider_reach_count_pk ON inquiries.provider_reach_count (provider_agency_id, depth) INCLUDE (services)`,
];

/**
 * The six figures a write moves become tables of the same names, columns and indexes, kept up to
 * date inside each write's transaction (derived-queries.ts) instead of refreshed after it commits.
 */
export class DerivedTables1764300000011 implements MigrationInterface {
  name = 'DerivedTables1764300000011';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`SET LOCAL statement_timeout = 0`);
    await db.query(`
      DROP MATERIALIZED VIEW inquiries.provider_reach_count, inquiries.provider_reach, inquiries.consumer_paper, inquiries.paper_service,
        inquiries.agency_dependency, inquiries.provider_service, inquiries.service_summary, inquiries.service_link`);

    await db.query(`
      CREATE TABLE inquiries.service_link (
        service_id integer NOT NULL, inquiry_id integer NOT NULL, consumer_agency_id integer NOT NULL,
        CONSTRAINT service_link_pk PRIMARY KEY (service_id, inquiry_id)
      )`);
    await db.query(`CREATE INDEX service_link_inquiry_idx ON inquiries.service_link (inquiry_id, service_id)`);

    await db.query(`
      CREATE TABLE inquiries.service_summary (
        service_id integer NOT NULL, inquiry_count integer NOT NULL, paper_inquiry_count integer NOT NULL,
        CONSTRAINT service_summary_pk PRIMARY KEY (service_id)
      )`);
    await db.query(`CREATE INDEX service_summary_count_idx ON inquiries.service_summary (inquiry_count DESC, service_id)`);

    await db.query(`
      CREATE TABLE inquiries.provider_service (
        provider_agency_id integer NOT NULL, service_id integer NOT NULL,
        CONSTRAINT provider_service_pk PRIMARY KEY (provider_agency_id, service_id)
      )`);

    await db.query(`
      CREATE TABLE inquiries.agency_dependency (
        consumer_agency_id integer NOT NULL, provider_agency_id integer NOT NULL,
        links integer NOT NULL, paper_links integer NOT NULL, services integer NOT NULL,
        CONSTRAINT agency_dependency_pk PRIMARY KEY (consumer_agency_id, provider_agency_id)
      )`);
    await db.query(`CREATE INDEX agency_dependency_weight_idx ON inquiries.agency_dependency (links DESC, consumer_agency_id, provider_agency_id)`);
    await db.query(`CREATE INDEX agency_dependency_consumer_idx ON inquiries.agency_dependency (consumer_agency_id, links DESC, provider_agency_id)`);
    await db.query(`CREATE INDEX agency_dependency_provider_idx ON inquiries.agency_dependency (provider_agency_id, links DESC, consumer_agency_id)`);

    await db.query(`
      CREATE TABLE inquiries.paper_service (
        consumer_agency_id integer NOT NULL, service_id integer NOT NULL, paper_links integer NOT NULL,
        CONSTRAINT paper_service_pk PRIMARY KEY (consumer_agency_id, service_id)
      )`);

    await db.query(`
      CREATE TABLE inquiries.consumer_paper (
        consumer_agency_id integer NOT NULL, links integer NOT NULL, paper_links integer NOT NULL, paper_services integer NOT NULL,
        CONSTRAINT consumer_paper_pk PRIMARY KEY (consumer_agency_id)
      )`);
    await db.query(`CREATE INDEX consumer_paper_order_idx ON inquiries.consumer_paper (paper_links DESC, consumer_agency_id)`);

    // One row: the count of maintenance steps committed, in commit order (the planner's model is stamped with it).
    await db.query(`CREATE TABLE inquiries.derived_version (id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1), version bigint NOT NULL)`);
    await db.query(`INSERT INTO inquiries.derived_version (version) VALUES (0)`);

    await rebuildDerivedTables(db);
    for (const statement of REACH_VIEWS) await db.query(statement);
    await db.query(`REFRESH MATERIALIZED VIEW inquiries.provider_reach`);
    await db.query(`REFRESH MATERIALIZED VIEW inquiries.provider_reach_count`);
    await db.query(`ANALYZE inquiries.provider_reach, inquiries.provider_reach_count`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`SET LOCAL statement_timeout = 0`);
    await db.query(`DROP MATERIALIZED VIEW inquiries.provider_reach_count, inquiries.provider_reach`);
    await db.query(`DROP TABLE inquiries.derived_version`);
    await db.query(`
      DROP TABLE inquiries.consumer_paper, inquiries.paper_service, inquiries.agency_dependency, inquiries.provider_service,
        inquiries.service_summary, inquiries.service_link`);
    for (const table of DERIVED_TABLES) {
      await db.query(`CREATE MATERIALIZED VIEW inquiries.${table.name} AS ${table.definition}`);
      for (const index of VIEW_INDEXES[table.name]) await db.query(index);
    }
    for (const statement of REACH_VIEWS) await db.query(statement);
    await db.query(`REFRESH MATERIALIZED VIEW inquiries.provider_reach`);
    await db.query(`REFRESH MATERIALIZED VIEW inquiries.provider_reach_count`);
  }
}

/** The views' indexes as they were: a unique index where the tables have a primary key. */
const VIEW_INDEXES: Record<DerivedTableName, string[]> = {
  service_link: [
    `CREATE UNIQUE INDEX service_link_pk ON inquiries.service_link (service_id, inquiry_id)`,
    `CREATE INDEX service_link_inquiry_idx ON inquiries.service_link (inquiry_id, service_id)`,
  ],
  service_summary: [
    `CREATE UNIQUE INDEX service_summary_pk ON inquiries.service_summary (service_id)`,
    `CREATE INDEX service_summary_count_idx ON inquiries.service_summary (inquiry_count DESC, service_id)`,
  ],
  provider_service: [`CREATE UNIQUE INDEX provider_service_pk ON inquiries.provider_service (provider_agency_id, service_id)`],
  agency_dependency: [
    `CREATE UNIQUE INDEX agency_dependency_pk ON inquiries.agency_dependency (consumer_agency_id, provider_agency_id)`,
    `CREATE INDEX agency_dependency_weight_idx ON inquiries.agency_dependency (links DESC, consumer_agency_id, provider_agency_id)`,
    `CREATE INDEX agency_dependency_consumer_idx ON inquiries.agency_dependency (consumer_agency_id, links DESC, provider_agency_id)`,
    `CREATE INDEX agency_dependency_provider_idx ON inquiries.agency_dependency (provider_agency_id, links DESC, consumer_agency_id)`,
  ],
  paper_service: [`CREATE UNIQUE INDEX paper_service_pk ON inquiries.paper_service (consumer_agency_id, service_id)`],
  consumer_paper: [
    `CREATE UNIQUE INDEX consumer_paper_pk ON inquiries.consumer_paper (consumer_agency_id)`,
    `CREATE INDEX consumer_paper_order_idx ON inquiries.consumer_paper (paper_links DESC, consumer_agency_id)`,
  ],
};

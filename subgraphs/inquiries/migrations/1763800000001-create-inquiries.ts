import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateInquiries1763800000001 implements MigrationInterface {
  name = 'CreateInquiries1763800000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`CREATE SCHEMA IF NOT EXISTS inquiries`);
    await db.query(`
      CREATE TABLE inquiries.inquiry (
        id integer PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name_fa text NOT NULL,
        name_en text,
        name_key text NOT NULL UNIQUE,
        search_text text NOT NULL,
        provider_agency_id integer NOT NULL,
        channel text NOT NULL CHECK (channel IN ('NIX', 'DIRECT', 'PAPER')),
        generated boolean NOT NULL
      )`);
    await db.query(`CREATE INDEX inquiry_provider_idx ON inquiries.inquiry (provider_agency_id, id)`);
    await db.query(`CREATE INDEX inquiry_channel_idx ON inquiries.inquiry (channel, id)`);
    await db.query(`CREATE INDEX inquiry_search_trgm_idx ON inquiries.inquiry USING gin (search_text gin_trgm_ops)`);

    await db.query(`
      CREATE TABLE inquiries.requirement (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        service_id integer NOT NULL,
        sub_service_id integer,
        inquiry_id integer NOT NULL REFERENCES inquiries.inquiry (id),
        consumer_agency_id integer NOT NULL,
        CONSTRAINT requirement_unique UNIQUE NULLS NOT DISTINCT (service_id, sub_service_id, inquiry_id)
      )`);
    await db.query(`CREATE INDEX requirement_inquiry_idx ON inquiries.requirement (inquiry_id, service_id)`);
    await db.query(`CREATE INDEX requirement_sub_service_idx ON inquiries.requirement (sub_service_id, inquiry_id) WHERE sub_service_id IS NOT NULL`);
    await db.query(`CREATE INDEX requirement_consumer_idx ON inquiries.requirement (consumer_agency_id)`);

    // Derived from requirement, refreshed whenever requirements are loaded (the API never writes them).
    // service_link: distinct (service, inquiry) pairs, the "links" of the statistics.
    await db.query(`
      CREATE MATERIALIZED VIEW inquiries.service_link AS
        SELECT DISTINCT service_id, inquiry_id, consumer_agency_id FROM inquiries.requirement
      WITH NO DATA`);
    await db.query(`CREATE UNIQUE INDEX service_link_pk ON inquiries.service_link (service_id, inquiry_id)`);
    await db.query(`CREATE INDEX service_link_inquiry_idx ON inquiries.service_link (inquiry_id, service_id)`);

    await db.query(`
      CREATE MATERIALIZED VIEW inquiries.service_summary AS
        SELECT l.service_id,
               count(*)::int AS inquiry_count,
               (count(*) FILTER (WHERE i.channel = 'PAPER'))::int AS paper_inquiry_count
        FROM inquiries.service_link l JOIN inquiries.inquiry i ON i.id = l.inquiry_id
        GROUP BY l.service_id
      WITH NO DATA`);
    await db.query(`CREATE UNIQUE INDEX service_summary_pk ON inquiries.service_summary (service_id)`);
    await db.query(`CREATE INDEX service_summary_count_idx ON inquiries.service_summary (inquiry_count DESC, service_id)`);

    await db.query(`
      CREATE MATERIALIZED VIEW inquiries.provider_service AS
        SELECT DISTINCT i.provider_agency_id, l.service_id
        FROM inquiries.service_link l JOIN inquiries.inquiry i ON i.id = l.inquiry_id
      WITH NO DATA`);
    await db.query(`CREATE UNIQUE INDEX provider_service_pk ON inquiries.provider_service (provider_agency_id, service_id)`);

    await db.query(`
      CREATE TABLE inquiries.seed_info (
        id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
        scale integer NOT NULL,
        fingerprint text NOT NULL,
        loaded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`REFRESH MATERIALIZED VIEW inquiries.service_link`);
    await db.query(`REFRESH MATERIALIZED VIEW inquiries.service_summary`);
    await db.query(`REFRESH MATERIALIZED VIEW inquiries.provider_service`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP MATERIALIZED VIEW inquiries.provider_service, inquiries.service_summary, inquiries.service_link`);
    await db.query(`DROP TABLE inquiries.seed_info, inquiries.requirement, inquiries.inquiry`);
  }
}

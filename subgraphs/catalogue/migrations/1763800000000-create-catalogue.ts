import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCatalogue1763800000000 implements MigrationInterface {
  name = 'CreateCatalogue1763800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`CREATE SCHEMA IF NOT EXISTS catalogue`);
    await db.query(`
      CREATE TABLE catalogue.agency (
        id integer PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name_fa text NOT NULL,
        name_en text,
        name_key text NOT NULL UNIQUE,
        search_text text NOT NULL,
        inside_government boolean NOT NULL,
        window_connection text NOT NULL CHECK (window_connection IN ('CONNECTED', 'CONNECTING', 'NOT_CONNECTED')),
        generated boolean NOT NULL
      )`);
    await db.query(`CREATE INDEX agency_window_connection_idx ON catalogue.agency (window_connection, id)`);
    await db.query(`CREATE INDEX agency_inside_government_idx ON catalogue.agency (inside_government, id)`);
    await db.query(`CREATE INDEX agency_search_trgm_idx ON catalogue.agency USING gin (search_text gin_trgm_ops)`);

    await db.query(`
      CREATE TABLE catalogue.assessment (
        agency_id integer NOT NULL REFERENCES catalogue.agency (id) ON DELETE CASCADE,
        round smallint NOT NULL CHECK (round > 0),
        period text NOT NULL,
        overall double precision NOT NULL CHECK (overall BETWEEN 0 AND 100),
        web_presence double precision CHECK (web_presence BETWEEN 0 AND 100),
        interaction double precision CHECK (interaction BETWEEN 0 AND 100),
        transaction double precision CHECK (transaction BETWEEN 0 AND 100),
        integration double precision CHECK (integration BETWEEN 0 AND 100),
        participation double precision CHECK (participation BETWEEN 0 AND 100),
        PRIMARY KEY (agency_id, round)
      )`);

    await db.query(`
      CREATE TABLE catalogue.service (
        id integer PRIMARY KEY,
        code text NOT NULL UNIQUE,
        agency_id integer NOT NULL REFERENCES catalogue.agency (id),
        name_fa text NOT NULL,
        name_en text,
        search_text text NOT NULL,
        is_license boolean NOT NULL,
        receipt text NOT NULL CHECK (receipt IN ('ELECTRONIC', 'PHYSICAL')),
        processing text NOT NULL CHECK (processing IN ('ELECTRONIC', 'PHYSICAL')),
        delivery text NOT NULL CHECK (delivery IN ('ELECTRONIC', 'PHYSICAL')),
        generated boolean NOT NULL
      )`);
    await db.query(`CREATE INDEX service_agency_idx ON catalogue.service (agency_id, id)`);
    await db.query(`CREATE INDEX service_is_license_idx ON catalogue.service (is_license, id)`);
    await db.query(`CREATE INDEX service_search_trgm_idx ON catalogue.service USING gin (search_text gin_trgm_ops)`);

    await db.query(`
      CREATE TABLE catalogue.sub_service (
        id integer PRIMARY KEY,
        code text NOT NULL UNIQUE,
        service_id integer NOT NULL REFERENCES catalogue.service (id) ON DELETE CASCADE,
        name_fa text NOT NULL,
        name_en text,
        generated boolean NOT NULL
      )`);
    await db.query(`CREATE INDEX sub_service_service_idx ON catalogue.sub_service (service_id, id)`);

    await db.query(`
      CREATE TABLE catalogue.seed_info (
        id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
        scale integer NOT NULL,
        fingerprint text NOT NULL,
        loaded_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE catalogue.seed_info, catalogue.sub_service, catalogue.service, catalogue.assessment, catalogue.agency`);
  }
}

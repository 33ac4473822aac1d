import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The inquiries subgraph's own copy of the services' Persian names, to sort its service lists by
 * name: loaded by the seed from the same data as the catalogue's, then kept in step with the
 * catalogue's renames by following its public change feed (catalogue-follower.ts). The rank is
 * the name's place under Intl.Collator('fa'), then id: the NAME order's integer cursor key.
 */
export class ServiceNames1764300000010 implements MigrationInterface {
  name = 'ServiceNames1764300000010';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE inquiries.service_name (
        service_id integer PRIMARY KEY,
        name_fa text NOT NULL,
        name_rank integer NOT NULL
      )`);
    await db.query(`CREATE INDEX service_name_rank_idx ON inquiries.service_name (name_rank, service_id)`);
    // One row: how far the catalogue's feed has been applied (its endCursor), written with the names it brought.
    await db.query(`
      CREATE TABLE inquiries.catalogue_follow (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        feed_cursor text,
        changes_applied bigint NOT NULL DEFAULT 0,
        followed_at timestamptz
      )`);
    await db.query(`INSERT INTO inquiries.catalogue_follow (id) VALUES (true)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE inquiries.catalogue_follow`);
    await db.query(`DROP TABLE inquiries.service_name`);
  }
}

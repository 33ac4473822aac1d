import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Whether an agency is obliged to connect to the national window: the shares of the source are shares of the obliged. */
export class WindowObligation1764200000009 implements MigrationInterface {
  name = 'WindowObligation1764200000009';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE catalogue.agency ADD COLUMN obliged_to_connect boolean NOT NULL DEFAULT true`);
    await db.query(`CREATE INDEX agency_obliged_idx ON catalogue.agency (obliged_to_connect, window_connection, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE catalogue.agency DROP COLUMN obliged_to_connect`);
  }
}

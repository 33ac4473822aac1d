import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each audit entry names the request that made it (its id, as in the logs) and the client's address. */
export class AuditRequestOrigin1764100000006 implements MigrationInterface {
  name = 'AuditRequestOrigin1764100000006';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE projects.audit_log ADD COLUMN request_id text CHECK (char_length(request_id) <= 64), ADD COLUMN client_address inet`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE projects.audit_log DROP COLUMN request_id, DROP COLUMN client_address`);
  }
}

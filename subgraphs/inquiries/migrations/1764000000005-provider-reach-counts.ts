import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 6: how many services each provider blocks at each depth, counted once when the links
 * are loaded. criticalProviders and Agency.impact's counts then add up at most ten rows per
 * agency instead of counting provider_reach's rows (millions at scale 100) per request.
 */
export class ProviderReachCounts1764000000005 implements MigrationInterface {
  name = 'ProviderReachCounts1764000000005';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE MATERIALIZED VIEW inquiries.provider_reach_count AS
        SELECT provider_agency_id, depth, count(*)::int AS services FROM inquiries.provider_reach GROUP BY provider_agency_id, depth
      WITH NO DATA`);
    await db.query(`CREATE UNIQUE INDEX provider_reach_count_pk ON inquiries.provider_reach_count (provider_agency_id, depth) INCLUDE (services)`);
    await db.query(`REFRESH MATERIALIZED VIEW inquiries.provider_reach_count`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP MATERIALIZED VIEW inquiries.provider_reach_count`);
  }
}

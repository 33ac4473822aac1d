import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 3: inquiry chains and the agency network. Everything below but the column and its
 * index is derived from the links, refreshed with them (the API never writes them).
 */
export class DependencyAnalysis1763900000003 implements MigrationInterface {
  name = 'DependencyAnalysis1763900000003';

  async up(db: QueryRunner): Promise<void> {
    // The provider's own service through which it answers (an id of the catalogue's Service).
    await db.query(`ALTER TABLE inquiries.inquiry ADD COLUMN answered_by_service_id integer`);
    // What the upward recursion (who is blocked when a service stops) joins on.
    await db.query(`CREATE INDEX inquiry_answered_by_idx ON inquiries.inquiry (answered_by_service_id, id) WHERE answered_by_service_id IS NOT NULL`);

    // Weighted edges consumer agency → provider agency.
    await db.query(`
      CREATE MATERIALIZED VIEW inquiries.agency_dependency AS
        SELECT l.consumer_agency_id, i.provider_agency_id,
               count(*)::int AS links,
               (count(*) FILTER (WHERE i.channel = 'PAPER'))::int AS paper_links,
               count(DISTINCT l.service_id)::int AS services
        FROM inquiries.service_link l JOIN inquiries.inquiry i ON i.id = l.inquiry_id
        GROUP BY l.consumer_agency_id, i.provider_agency_id
      WITH NO DATA`);
    await db.query(`CREATE UNIQUE INDEX agency_dependency_pk ON inquiries.agency_dependency (consumer_agency_id, provider_agency_id)`);
    await db.query(`CREATE INDEX agency_dependency_weight_idx ON inquiries.agency_dependency (links DESC, consumer_agency_id, provider_agency_id)`);
    await db.query(`CREATE INDEX agency_dependency_consumer_idx ON inquiries.agency_dependency (consumer_agency_id, links DESC, provider_agency_id)`);
    await db.query(`CREATE INDEX agency_dependency_provider_idx ON inquiries.agency_dependency (provider_agency_id, links DESC, consumer_agency_id)`);

    // Per consumer agency: its links, those on paper, and its services still needing a paper inquiry.
    await db.query(`
      CREATE MATERIALIZED VIEW inquiries.paper_service AS
        SELECT l.consumer_agency_id, l.service_id, count(*)::int AS paper_links
        FROM inquiries.service_link l JOIN inquiries.inquiry i ON i.id = l.inquiry_id
        WHERE i.channel = 'PAPER'
        GROUP BY l.consumer_agency_id, l.service_id
      WITH NO DATA`);
    await db.query(`CREATE UNIQUE INDEX paper_service_pk ON inquiries.paper_service (consumer_agency_id, service_id)`);
    await db.query(`
      CREATE MATERIALIZED VIEW inquiries.consumer_paper AS
        SELECT d.consumer_agency_id, sum(d.links)::int AS links, sum(d.paper_links)::int AS paper_links,
               (SELECT count(*)::int FROM inquiries.paper_service p WHERE p.consumer_agency_id = d.consumer_agency_id) AS paper_services
        FROM inquiries.agency_dependency d
        GROUP BY d.consumer_agency_id
      WITH NO DATA`);
    await db.query(`CREATE UNIQUE INDEX consumer_paper_pk ON inquiries.consumer_paper (consumer_agency_id)`);
    await db.query(`CREATE INDEX consumer_paper_order_idx ON inquiries.consumer_paper (paper_links DESC, consumer_agency_id)`);

    // Which services stop, and how far down the chain, when a provider's inquiries go down:
    // a breadth-first walk up the chains to the deepest depth asked for (10); UNION drops
    // repeats of (provider, service, depth), so a cycle costs at most one row per depth.
    await db.query(`
      CREATE MATERIALIZED VIEW inquiries.provider_reach AS
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
      WITH NO DATA`);
    await db.query(`CREATE UNIQUE INDEX provider_reach_pk ON inquiries.provider_reach (provider_agency_id, depth, service_id)`);

    await db.query(`REFRESH MATERIALIZED VIEW inquiries.agency_dependency`);
    await db.query(`REFRESH MATERIALIZED VIEW inquiries.paper_service`);
    await db.query(`REFRESH MATERIALIZED VIEW inquiries.consumer_paper`);
    await db.query(`REFRESH MATERIALIZED VIEW inquiries.provider_reach`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP MATERIALIZED VIEW inquiries.provider_reach, inquiries.consumer_paper, inquiries.paper_service, inquiries.agency_dependency`);
    await db.query(`ALTER TABLE inquiries.inquiry DROP COLUMN answered_by_service_id`);
  }
}

import type { DataSource } from 'typeorm';
import { entityColumns } from '../common/columns';
import type { Page } from '../common/pagination';
import { fetchPage, type PageRows } from '../common/sql-pages';
import { Agency } from './entities';

/** The agencies' comparisons: one statement each. */

/** Scores carry four decimals in the cursor, which holds integers. */
const SCORE_KEY = 'round(a.overall * 10000)::int';

export type RankedAgency = Agency & { scoreKey: number };

/** Agencies by the overall score of their newest assessment round, highest first, then id; cursor [score × 10,000, id]. */
export function agenciesByAssessmentPage(db: DataSource, page: Page): Promise<PageRows<RankedAgency>> {
  return fetchPage(
    db,
    {
      from: `(SELECT DISTINCT ON (agency_id) agency_id, overall FROM catalogue.assessment ORDER BY agency_id, round DESC) a
              JOIN catalogue.agency x ON x.id = a.agency_id`,
      columns: `${entityColumns(db, Agency, 'x')}, ${SCORE_KEY} AS "scoreKey"`,
      order: [`${SCORE_KEY} DESC`, 'x.id'],
    },
    page,
  );
}

/** How many services each agency delivers. */
export async function serviceCounts(db: DataSource, agencyIds: number[]): Promise<Map<number, number>> {
  const rows: { id: number; count: number }[] = await db.query(
    'SELECT agency_id AS id, count(*)::int AS count FROM catalogue.service WHERE agency_id = ANY($1) GROUP BY agency_id',
    [agencyIds],
  );
  return new Map(rows.map((row) => [row.id, row.count]));
}

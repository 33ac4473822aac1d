import type { DataSource } from 'typeorm';
import type { Page } from '../common/pagination';
import { entityPage } from '../common/rows';
import type { PageRows } from '../common/sql-pages';
import { Agency, Service, type WindowConnection } from './entities';

/** The catalogue's root lists and figures: one statement each. Filters come checked (ids parsed, search as a LIKE pattern). */

export interface AgencyFilter {
  windowConnection?: WindowConnection | null;
  insideGovernment?: boolean | null;
  obligedToConnect?: boolean | null;
  searchPattern?: string | null;
}

export interface ServiceFilter {
  agencyId?: number | null;
  isLicense?: boolean | null;
  searchPattern?: string | null;
}

export interface CatalogueStats {
  agencies: number;
  services: number;
  subServices: number;
  licenseServices: number;
  obligedToConnect: number;
  /** Obliged agencies per connection state. */
  connections: Record<WindowConnection, number>;
}

export function agencyPage(db: DataSource, filter: AgencyFilter, page: Page): Promise<PageRows<Agency>> {
  const filters: [string, unknown][] = [
    ['x.window_connection = ?', filter.windowConnection],
    ['x.inside_government = ?', filter.insideGovernment],
    ['x.obliged_to_connect = ?', filter.obligedToConnect],
    ['x.search_text LIKE ?', filter.searchPattern],
  ];
  return entityPage(db, Agency, filters, page);
}

export function servicePage(db: DataSource, filter: ServiceFilter, page: Page): Promise<PageRows<Service>> {
  const filters: [string, unknown][] = [
    ['x.agency_id = ?', filter.agencyId],
    ['x.is_license = ?', filter.isLicense],
    ['x.search_text LIKE ?', filter.searchPattern],
  ];
  return entityPage(db, Service, filters, page);
}

export async function catalogueStats(db: DataSource): Promise<CatalogueStats> {
  const [stats] = await db.query(`
    SELECT (SELECT count(*)::int FROM catalogue.agency) AS agencies,
           (SELECT count(*)::int FROM catalogue.service) AS services,
           (SELECT count(*)::int FROM catalogue.sub_service) AS "subServices",
           (SELECT count(*)::int FROM catalogue.service WHERE is_license) AS "licenseServices",
           (SELECT count(*)::int FROM catalogue.agency WHERE obliged_to_connect) AS "obligedToConnect",
           (SELECT jsonb_object_agg(window_connection, n) FROM (
              SELECT window_connection, count(*)::int AS n FROM catalogue.agency WHERE obliged_to_connect GROUP BY window_connection) c) AS connections`);
  return stats;
}

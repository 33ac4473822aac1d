import { parseFilterId } from '../common/ids';
import { Conditions } from '../common/filters';
import { readPage, toConnection, type PageArgs } from '../common/pagination';
import { searchPattern } from '../common/search';
import { fetchPage } from '../common/sql-pages';
import { entityColumns } from '../common/columns';
import { idOf, keyOf, loadById, localized } from '../common/references';
import type { Resolvers, SubgraphContext } from '../common/subgraph';
import { Agency, Service, type SubService } from './entities';
import type { CatalogueLoaders } from './loaders';

type Context = SubgraphContext<CatalogueLoaders>;

interface AgencyFilter {
  windowConnection?: string | null;
  insideGovernment?: boolean | null;
  search?: string | null;
}

interface ServiceFilter {
  agencyId?: string | null;
  isLicense?: boolean | null;
  search?: string | null;
}


export const resolvers: Resolvers<CatalogueLoaders> = {
  Query: {
    agency: (_: unknown, { id }: { id: string }, { loaders }: Context) => loadById(loaders.agency, id),
    service: (_: unknown, { id }: { id: string }, { loaders }: Context) => loadById(loaders.service, id),
    subService: (_: unknown, { id }: { id: string }, { loaders }: Context) => loadById(loaders.subService, id),

    agencies: async (_: unknown, args: PageArgs & { filter?: AgencyFilter | null }, { db, maxPageSize }: Context) => {
      const page = readPage(args, 'agency', 1, maxPageSize);
      const filter = args.filter ?? {};
      const where = new Conditions()
        .add('a.window_connection = ?', filter.windowConnection)
        .add('a.inside_government = ?', filter.insideGovernment)
        .add(`a.search_text LIKE ?`, searchPattern(filter.search));
      const { total, rows } = await fetchPage<Agency>(
        db,
        { from: 'catalogue.agency a', idColumn: 'a.id', columns: entityColumns(db, Agency, 'a'), where: where.sql, params: where.params },
        page,
      );
      return toConnection(rows, page, total, 'agency', keyOf, (row) => row);
    },

    services: async (_: unknown, args: PageArgs & { filter?: ServiceFilter | null }, { db, maxPageSize }: Context) => {
      const page = readPage(args, 'service', 1, maxPageSize);
      const filter = args.filter ?? {};
      const where = new Conditions()
        .add('s.agency_id = ?', filter.agencyId == null ? null : parseFilterId(filter.agencyId))
        .add('s.is_license = ?', filter.isLicense)
        .add(`s.search_text LIKE ?`, searchPattern(filter.search));
      const { total, rows } = await fetchPage<Service>(
        db,
        { from: 'catalogue.service s', idColumn: 's.id', columns: entityColumns(db, Service, 's'), where: where.sql, params: where.params },
        page,
      );
      return toConnection(rows, page, total, 'service', keyOf, (row) => row);
    },

    catalogueStats: async (_: unknown, __: unknown, { db }: Context) => {
      const [stats] = await db.query(`
        SELECT (SELECT count(*)::int FROM catalogue.agency) AS agencies,
               (SELECT count(*)::int FROM catalogue.service) AS services,
               (SELECT count(*)::int FROM catalogue.sub_service) AS "subServices",
               (SELECT count(*)::int FROM catalogue.service WHERE is_license) AS "licenseServices"`);
      return stats;
    },
  },

  Agency: {
    __resolveReference: (reference: { id: string }, { loaders }: Context) => loadById(loaders.agency, reference.id),
    id: idOf,
    name: localized,
    assessments: (agency: Agency, _: unknown, { loaders }: Context) => loaders.assessmentsOfAgency.load(agency.id),
    services: async (agency: Agency, args: PageArgs, { loaders, maxPageSize }: Context) => {
      const page = readPage(args, 'service', 1, maxPageSize);
      const { total, rows } = await loaders.servicesOfAgency.load({ id: agency.id, args: page });
      return toConnection(rows, page, total, 'service', keyOf, (row) => row);
    },
  },

  Service: {
    __resolveReference: (reference: { id: string }, { loaders }: Context) => loadById(loaders.service, reference.id),
    id: idOf,
    name: localized,
    agency: (service: Service, _: unknown, { loaders }: Context) => loaders.agency.load(service.agencyId),
    steps: (service: Service) => ({ receipt: service.receipt, processing: service.processing, delivery: service.delivery }),
    subServices: (service: Service, _: unknown, { loaders }: Context) => loaders.subServicesOfService.load(service.id),
  },

  SubService: {
    __resolveReference: (reference: { id: string }, { loaders }: Context) => loadById(loaders.subService, reference.id),
    id: idOf,
    name: localized,
    service: (subService: SubService, _: unknown, { loaders }: Context) => loaders.service.load(subService.serviceId),
  },
};

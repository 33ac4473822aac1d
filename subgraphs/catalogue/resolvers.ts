import { parseFilterId } from '../common/ids';
import { readPage, toConnection, type PageArgs } from '../common/pagination';
import { searchPattern } from '../common/search';
import { idOf, keyOf, loadById, localized } from '../common/references';
import type { Resolvers, SubgraphContext } from '../common/subgraph';
import type { Agency, Service, SubService, WindowConnection } from './entities';
import type { CatalogueLoaders } from './loaders';
import { agencyPage, catalogueStats, servicePage } from './queries';

type Context = SubgraphContext<CatalogueLoaders>;

interface AgencyFilter {
  windowConnection?: WindowConnection | null;
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
      const { windowConnection, insideGovernment, search } = args.filter ?? {};
      const { total, rows } = await agencyPage(db, { windowConnection, insideGovernment, searchPattern: searchPattern(search) }, page);
      return toConnection(rows, page, total, 'agency', keyOf, (row) => row);
    },

    services: async (_: unknown, args: PageArgs & { filter?: ServiceFilter | null }, { db, maxPageSize }: Context) => {
      const page = readPage(args, 'service', 1, maxPageSize);
      const { agencyId, isLicense, search } = args.filter ?? {};
      const { total, rows } = await servicePage(db, { agencyId: agencyId == null ? null : parseFilterId(agencyId), isLicense, searchPattern: searchPattern(search) }, page);
      return toConnection(rows, page, total, 'service', keyOf, (row) => row);
    },

    catalogueStats: (_: unknown, __: unknown, { db }: Context) => catalogueStats(db),
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

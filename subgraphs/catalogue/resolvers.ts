import { parseFilterId } from '../common/ids';
import { readPage, toConnection } from '../common/pagination';
import { searchPattern } from '../common/search';
import { idOf, keyOf, loadById, loadExisting, localized } from '../common/references';
import { agencyPage, catalogueStats, servicePage } from './queries';
import type { WindowConnection } from './entities';
import type { Resolvers } from './resolver-types';

const CONNECTIONS: readonly WindowConnection[] = ['CONNECTED', 'CONNECTING', 'NOT_CONNECTED'];

export const resolvers: Resolvers = {
  Query: {
    agency: (_, { id }, { loaders }) => loadById(loaders.agency, id),
    service: (_, { id }, { loaders }) => loadById(loaders.service, id),
    subService: (_, { id }, { loaders }) => loadById(loaders.subService, id),

    agencies: async (_, args, { db, maxPageSize }) => {
      const page = readPage(args, 'agencies', 1, maxPageSize);
      const { windowConnection, insideGovernment, obligedToConnect, search } = args.filter ?? {};
      const { total, rows } = await agencyPage(db, { windowConnection, insideGovernment, obligedToConnect, searchPattern: searchPattern(search) }, page);
      return toConnection(rows, page, total, keyOf, (row) => row);
    },

    services: async (_, args, { db, maxPageSize }) => {
      const page = readPage(args, 'services', 1, maxPageSize);
      const { agencyId, isLicense, search } = args.filter ?? {};
      const { total, rows } = await servicePage(db, { agencyId: agencyId == null ? null : parseFilterId(agencyId), isLicense, searchPattern: searchPattern(search) }, page);
      return toConnection(rows, page, total, keyOf, (row) => row);
    },

    catalogueStats: async (_, __, { db }) => {
      const { connections, ...stats } = await catalogueStats(db);
      const windowConnection = CONNECTIONS.map((connection) => {
        const agencies = connections?.[connection] ?? 0;
        return { connection, agencies, share: stats.obligedToConnect ? agencies / stats.obligedToConnect : 0 };
      });
      return { ...stats, windowConnection };
    },
  },

  Agency: {
    __resolveReference: (reference, { loaders }) => loadById(loaders.agency, reference.id),
    id: idOf,
    name: localized,
    assessments: (agency, _, { loaders }) => loaders.assessmentsOfAgency.load(agency.id),
    services: async (agency, args, { loaders, maxPageSize }) => {
      const page = readPage(args, 'agency-services', 1, maxPageSize);
      const { total, rows } = await loaders.servicesOfAgency.load({ id: agency.id, args: page });
      return toConnection(rows, page, total, keyOf, (row) => row);
    },
  },

  Service: {
    __resolveReference: (reference, { loaders }) => loadById(loaders.service, reference.id),
    id: idOf,
    name: localized,
    agency: (service, _, { loaders }) => loadExisting(loaders.agency, service.agencyId),
    steps: (service) => ({ receipt: service.receipt, processing: service.processing, delivery: service.delivery }),
    subServices: (service, _, { loaders }) => loaders.subServicesOfService.load(service.id),
  },

  SubService: {
    __resolveReference: (reference, { loaders }) => loadById(loaders.subService, reference.id),
    id: idOf,
    name: localized,
    service: (subService, _, { loaders }) => loadExisting(loaders.service, subService.serviceId),
  },
};

import { badInput } from '../common/errors';
import { parseFilterId, parseId } from '../common/ids';
import { readPage, toConnection } from '../common/pagination';
import { reference } from '../common/references';
import { readMaxDepth } from './depth';
import type { ProjectNeeds } from './dependency-loaders';
import { agencyNetworkEdges, criticalProviderPage, findServicesPage, finderKey, type FinderCriteria, type FinderOrder } from './question-queries';
import { rankByName } from './name-order';
import type { Resolvers, ServiceFinderFilter } from './resolver-types';

const share = (part: number, whole: number) => (whole ? part / whole : 0);
const ids = (items: { id: string }[] | undefined) => (items ?? []).map((item) => parseId(item.id)).filter((id): id is number => id !== null);

/** The finder's criteria, checked: ids parsed, counts 0 or more. */
function readCriteria(filter: ServiceFinderFilter | null | undefined): FinderCriteria {
  const { agencyId, channel, providerId, minInquiryCount, maxInquiryCount } = filter ?? {};
  for (const [name, value] of [['minInquiryCount', minInquiryCount], ['maxInquiryCount', maxInquiryCount]] as const) {
    if (value != null && value < 0) throw badInput(`\`filter.${name}\` must be 0 or more (got ${value})`, `filter.${name}`);
  }
  return {
    agencyId: agencyId == null ? null : parseFilterId(agencyId),
    channel,
    providerId: providerId == null ? null : parseFilterId(providerId),
    minInquiryCount,
    maxInquiryCount,
  };
}

/** The project's services ranked by Persian name, then id (the rank is the NAME order's cursor key). */
function rankedByName(services: { id: number; nameFa: string }[]): { id: number; nameRank: number }[] {
  return [...rankByName(services)].map(([id, nameRank]) => ({ id, nameRank }));
}

/** The everyday questions: services found by their inquiries, the whole critical-provider ranking, the network at once, agency figures. */
export const questionResolvers: Resolvers = {
  Query: {
    findServices: async (_, args, { db, loaders, maxPageSize }) => {
      const order: FinderOrder = args.orderBy ?? 'INQUIRY_COUNT_DESC';
      const criteria = readCriteria(args.filter);
      const page = readPage(args, 'find-services', 2, maxPageSize);
      const { total, rows } = await findServicesPage(db, criteria, order, page);
      for (const { id, inquiryCount, paperInquiryCount } of rows) loaders.serviceSummary.prime(id, { inquiryCount, paperInquiryCount });
      return toConnection(rows, page, total, (row) => finderKey(order, row), (row) => reference(row.id));
    },

    criticalProviderRanking: async (_, args, { db, maxPageSize }) => {
      const maxDepth = readMaxDepth(args.maxDepth);
      const page = readPage({ ...args, maxDepth }, 'critical-provider-ranking', 3, maxPageSize);
      const { total, rows } = await criticalProviderPage(db, maxDepth, page);
      return toConnection(rows, page, total, (row) => [row.total, row.direct, row.id], (row) => ({
        agency: reference(row.id),
        directServices: row.direct,
        transitiveServices: row.total,
      }));
    },

    agencyNetwork: async (_, { minLinks }, { db }) => {
      const least = minLinks ?? 1;
      if (least < 0) throw badInput('`minLinks` must be 0 or more', 'minLinks');
      const edges = await agencyNetworkEdges(db, least);
      const agencies = [...new Set(edges.flatMap((edge) => [edge.consumerId, edge.providerId]))].sort((a, b) => a - b);
      return {
        agencies: agencies.map(reference),
        edges,
        links: edges.reduce((sum, edge) => sum + edge.links, 0),
        paperLinks: edges.reduce((sum, edge) => sum + edge.paperLinks, 0),
      };
    },
  },

  Agency: {
    inquirySummary: async (agency, _, { loaders }) => {
      const summary = await loaders.agencyInquirySummary.load(agency.id);
      return { ...summary, paperShare: share(summary.paperLinks, summary.links) };
    },
  },

  PriorityProject: {
    // The gateway sends with the id what each field @requires: services, sub-services and agencies
    // for inquiryProfile; the services with their names for findServices.
    __resolveReference: (project) => {
      const id = parseId(project.id);
      if (id === null) return null;
      const sent = project as { services?: { id: string; name?: { fa: string } }[]; subServices?: { id: string }[]; agencies?: { id: string }[] };
      const services = (sent.services ?? []).flatMap((service) => {
        const serviceId = parseId(service.id);
        return serviceId === null ? [] : [{ id: serviceId, nameFa: service.name?.fa ?? '' }];
      });
      return { id, serviceIds: ids(sent.services), subServiceIds: ids(sent.subServices), agencyIds: ids(sent.agencies), services } satisfies ProjectNeeds;
    },
    findServices: async (project, args, { db, loaders, maxPageSize }) => {
      const order: FinderOrder = args.orderBy ?? 'INQUIRY_COUNT_DESC';
      const criteria = readCriteria(args.filter);
      const page = readPage(args, 'project-find-services', 2, maxPageSize);
      const given = { parentId: project.id, services: rankedByName(project.services ?? []) };
      const { total, rows } = await loaders.findAmongServices.load({ given, args: { criteria, order, page } });
      for (const { id, inquiryCount, paperInquiryCount } of rows) loaders.serviceSummary.prime(id, { inquiryCount, paperInquiryCount });
      return toConnection(rows, page, total, (row) => finderKey(order, row), (row) => reference(row.id));
    },
  },
};

import { badInput } from '../common/errors';
import { parseFilterId } from '../common/ids';
import { readPage, toConnection } from '../common/pagination';
import { searchPattern } from '../common/search';
import { idOf, keyOf, loadById, localized, reference, resolveReference } from '../common/references';
import { inquiryPage, inquiryStats, servicesByInquiryCountPage } from './queries';
import type { Resolvers } from './resolver-types';

export const resolvers: Resolvers = {
  Query: {
    inquiry: (_, { id }, { loaders }) => loadById(loaders.inquiry, id),

    inquiries: async (_, args, { db, maxPageSize }) => {
      const page = readPage(args, 'inquiries', 1, maxPageSize);
      const { providerId, channel, search } = args.filter ?? {};
      const filter = { providerId: providerId == null ? null : parseFilterId(providerId), channel, searchPattern: searchPattern(search) };
      const { total, rows } = await inquiryPage(db, filter, page);
      return toConnection(rows, page, total, keyOf, (row) => row);
    },

    servicesByInquiryCount: async (_, args, { db, loaders, maxPageSize }) => {
      if (args.moreThan < 0) throw badInput('`moreThan` must be 0 or more', 'moreThan');
      const page = readPage(args, 'by-inquiry-count', 2, maxPageSize);
      const { total, rows } = await servicesByInquiryCountPage(db, args.moreThan, page);
      for (const { id, inquiryCount, paperInquiryCount } of rows) loaders.serviceSummary.prime(id, { inquiryCount, paperInquiryCount });
      return toConnection(rows, page, total, (row) => [row.inquiryCount, row.id], (row) => reference(row.id));
    },

    inquiryStats: async (_, __, { db }) => {
      const stats = await inquiryStats(db);
      const paperShare = stats.links ? stats.paperLinks / stats.links : 0;
      return { inquiries: stats.inquiries, links: stats.links, paperShare, electronicShare: stats.links ? 1 - paperShare : 0 };
    },
  },

  Inquiry: {
    __resolveReference: ({ id }, { loaders }) => loadById(loaders.inquiry, id),
    id: idOf,
    name: localized,
    provider: (inquiry) => reference(inquiry.providerAgencyId),
    electronic: (inquiry) => inquiry.channel !== 'PAPER',
    neededBy: async (inquiry, args, { loaders, maxPageSize }) => {
      const page = readPage(args, 'needed-by', 1, maxPageSize);
      const { total, rows } = await loaders.neededBy.load({ id: inquiry.id, args: page });
      return toConnection(rows, page, total, keyOf, (row) => reference(row.id));
    },
    neededByCount: (inquiry, _, { loaders }) => loaders.neededByCount.load(inquiry.id),
  },

  Service: {
    __resolveReference: resolveReference,
    id: idOf,
    inquiries: (service, _, { loaders }) => loaders.inquiriesOfService.load(service.id),
    inquiryCount: async (service, _, { loaders }) => (await loaders.serviceSummary.load(service.id)).inquiryCount,
    paperInquiryCount: async (service, _, { loaders }) =>
      (await loaders.serviceSummary.load(service.id)).paperInquiryCount,
    providerAgencies: async (service, _, { loaders }) =>
      (await loaders.providersOfService.load(service.id)).map((row) => reference(row.id)),
  },

  SubService: {
    __resolveReference: resolveReference,
    id: idOf,
    inquiries: (subService, _, { loaders }) => loaders.inquiriesOfSubService.load(subService.id),
    inquiryCount: async (subService, _, { loaders }) =>
      new Set((await loaders.inquiriesOfSubService.load(subService.id)).map((inquiry) => inquiry.id)).size,
  },

  Agency: {
    __resolveReference: resolveReference,
    id: idOf,
    inquiriesProvided: (agency, _, { loaders }) => loaders.inquiriesOfProvider.load(agency.id),
    dependentServices: async (agency, args, { loaders, maxPageSize }) => {
      const page = readPage(args, 'dependent-services', 1, maxPageSize);
      const { total, rows } = await loaders.dependentServices.load({ id: agency.id, args: page });
      return toConnection(rows, page, total, keyOf, (row) => reference(row.id));
    },
  },
};

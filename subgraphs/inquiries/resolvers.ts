import { badInput } from '../common/errors';
import { parseFilterId } from '../common/ids';
import { readPage, toConnection, type PageArgs } from '../common/pagination';
import { searchPattern } from '../common/search';
import { idOf, keyOf, loadById, localized, reference, resolveReference, type Reference } from '../common/references';
import type { Resolvers, SubgraphContext } from '../common/subgraph';
import type { Inquiry, InquiryChannel } from './entities';
import type { InquiriesLoaders } from './loaders';
import { inquiryPage, inquiryStats, servicesByInquiryCountPage } from './queries';

type Context = SubgraphContext<InquiriesLoaders>;

interface InquiryFilter {
  providerId?: string | null;
  channel?: InquiryChannel | null;
  search?: string | null;
}

export const resolvers: Resolvers<InquiriesLoaders> = {
  Query: {
    inquiry: (_: unknown, { id }: { id: string }, { loaders }: Context) => loadById(loaders.inquiry, id),

    inquiries: async (_: unknown, args: PageArgs & { filter?: InquiryFilter | null }, { db, maxPageSize }: Context) => {
      const page = readPage(args, 'inquiry', 1, maxPageSize);
      const { providerId, channel, search } = args.filter ?? {};
      const filter = { providerId: providerId == null ? null : parseFilterId(providerId), channel, searchPattern: searchPattern(search) };
      const { total, rows } = await inquiryPage(db, filter, page);
      return toConnection(rows, page, total, 'inquiry', keyOf, (row) => row);
    },

    servicesByInquiryCount: async (_: unknown, args: PageArgs & { moreThan: number }, { db, loaders, maxPageSize }: Context) => {
      if (args.moreThan < 0) throw badInput('`moreThan` must be 0 or more', 'moreThan');
      const page = readPage(args, 'by-inquiry-count', 2, maxPageSize);
      const { total, rows } = await servicesByInquiryCountPage(db, args.moreThan, page);
      for (const { id, inquiryCount, paperInquiryCount } of rows) loaders.serviceSummary.prime(id, { inquiryCount, paperInquiryCount });
      return toConnection(rows, page, total, 'by-inquiry-count', (row) => [row.inquiryCount, row.id], (row) => reference(row.id));
    },

    inquiryStats: async (_: unknown, __: unknown, { db }: Context) => {
      const stats = await inquiryStats(db);
      const paperShare = stats.links ? stats.paperLinks / stats.links : 0;
      return { inquiries: stats.inquiries, links: stats.links, paperShare, electronicShare: stats.links ? 1 - paperShare : 0 };
    },
  },

  Inquiry: {
    __resolveReference: ({ id }: { id: string }, { loaders }: Context) => loadById(loaders.inquiry, id),
    id: idOf,
    name: localized,
    provider: (inquiry: Inquiry) => reference(inquiry.providerAgencyId),
    electronic: (inquiry: Inquiry) => inquiry.channel !== 'PAPER',
    neededBy: async (inquiry: Inquiry, args: PageArgs, { loaders, maxPageSize }: Context) => {
      const page = readPage(args, 'service', 1, maxPageSize);
      const { total, rows } = await loaders.neededBy.load({ id: inquiry.id, args: page });
      return toConnection(rows, page, total, 'service', keyOf, (row) => reference(row.id));
    },
    neededByCount: (inquiry: Inquiry, _: unknown, { loaders }: Context) => loaders.neededByCount.load(inquiry.id),
  },

  Service: {
    __resolveReference: resolveReference,
    id: idOf,
    inquiries: (service: Reference, _: unknown, { loaders }: Context) => loaders.inquiriesOfService.load(service.id),
    inquiryCount: async (service: Reference, _: unknown, { loaders }: Context) => (await loaders.serviceSummary.load(service.id)).inquiryCount,
    paperInquiryCount: async (service: Reference, _: unknown, { loaders }: Context) =>
      (await loaders.serviceSummary.load(service.id)).paperInquiryCount,
    providerAgencies: async (service: Reference, _: unknown, { loaders }: Context) =>
      (await loaders.providersOfService.load(service.id)).map((row) => reference(row.id)),
  },

  SubService: {
    __resolveReference: resolveReference,
    id: idOf,
    inquiries: (subService: Reference, _: unknown, { loaders }: Context) => loaders.inquiriesOfSubService.load(subService.id),
    inquiryCount: async (subService: Reference, _: unknown, { loaders }: Context) =>
      new Set((await loaders.inquiriesOfSubService.load(subService.id)).map((inquiry) => inquiry.id)).size,
  },

  Agency: {
    __resolveReference: resolveReference,
    id: idOf,
    inquiriesProvided: (agency: Reference, _: unknown, { loaders }: Context) => loaders.inquiriesOfProvider.load(agency.id),
    dependentServices: async (agency: Reference, args: PageArgs, { loaders, maxPageSize }: Context) => {
      const page = readPage(args, 'service', 1, maxPageSize);
      const { total, rows } = await loaders.dependentServices.load({ id: agency.id, args: page });
      return toConnection(rows, page, total, 'service', keyOf, (row) => reference(row.id));
    },
  },
};

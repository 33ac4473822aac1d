import { badInput } from '../common/errors';
import { MAX_INT, parseFilterId } from '../common/ids';
import { Conditions } from '../common/filters';
import { readPage, toConnection, type PageArgs } from '../common/pagination';
import { searchPattern } from '../common/search';
import { fetchPage } from '../common/sql-pages';
import { entityColumns } from '../common/columns';
import { idOf, keyOf, loadById, localized, reference, resolveReference, type Reference } from '../common/references';
import type { Resolvers, SubgraphContext } from '../common/subgraph';
import { Inquiry } from './entities';
import type { InquiriesLoaders, ServiceSummary } from './loaders';

type Context = SubgraphContext<InquiriesLoaders>;

interface InquiryFilter {
  providerId?: string | null;
  channel?: string | null;
  search?: string | null;
}


export const resolvers: Resolvers<InquiriesLoaders> = {
  Query: {
    inquiry: (_: unknown, { id }: { id: string }, { loaders }: Context) => loadById(loaders.inquiry, id),

    inquiries: async (_: unknown, args: PageArgs & { filter?: InquiryFilter | null }, { db, maxPageSize }: Context) => {
      const page = readPage(args, 'inquiry', 1, maxPageSize);
      const filter = args.filter ?? {};
      const where = new Conditions()
        .add('i.provider_agency_id = ?', filter.providerId == null ? null : parseFilterId(filter.providerId))
        .add('i.channel = ?', filter.channel)
        .add('i.search_text LIKE ?', searchPattern(filter.search));
      const { total, rows } = await fetchPage<Inquiry>(
        db,
        { from: 'inquiries.inquiry i', idColumn: 'i.id', columns: entityColumns(db, Inquiry, 'i'), where: where.sql, params: where.params },
        page,
      );
      return toConnection(rows, page, total, 'inquiry', keyOf, (row) => row);
    },

    servicesByInquiryCount: async (
      _: unknown,
      args: PageArgs & { moreThan: number },
      { db, loaders, maxPageSize }: Context,
    ) => {
      if (args.moreThan < 0) throw badInput('`moreThan` must be 0 or more', 'moreThan');
      const page = readPage(args, 'by-inquiry-count', 2, maxPageSize);
      const [afterCount, afterId] = page.after ?? [MAX_INT, 0];
      const rows: ({ total: number; id: number | null } & ServiceSummary)[] = await db.query(
        `SELECT t.total, p.* FROM (SELECT count(*)::int AS total FROM inquiries.service_summary WHERE inquiry_count > $1) t
         LEFT JOIN LATERAL (
           SELECT service_id AS id, inquiry_count AS "inquiryCount", paper_inquiry_count AS "paperInquiryCount"
           FROM inquiries.service_summary
           WHERE inquiry_count > $1 AND (inquiry_count < $2 OR (inquiry_count = $2 AND service_id > $3))
           ORDER BY inquiry_count DESC, service_id LIMIT $4
         ) p ON true`,
        [args.moreThan, afterCount, afterId, page.fetch],
      );
      const services = rows.filter((row): row is typeof row & { id: number } => row.id !== null);
      for (const { id, inquiryCount, paperInquiryCount } of services) loaders.serviceSummary.prime(id, { inquiryCount, paperInquiryCount });
      return toConnection(services, page, rows[0]?.total ?? 0, 'by-inquiry-count', (row) => [row.inquiryCount, row.id], (row) => reference(row.id));
    },

    inquiryStats: async (_: unknown, __: unknown, { db }: Context) => {
      const [stats] = await db.query(`
        SELECT (SELECT count(*)::int FROM inquiries.inquiry) AS inquiries,
               coalesce(sum(inquiry_count), 0)::int AS links,
               coalesce(sum(paper_inquiry_count), 0)::int AS "paperLinks"
        FROM inquiries.service_summary`);
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

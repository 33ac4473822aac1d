import { feedKey } from '../common/change-feed';
import { badInput } from '../common/errors';
import { iso, jalali, jalaliPeriod, parseInstant } from '../common/instants';
import { parseFilterId } from '../common/ids';
import { readPage, toConnection } from '../common/pagination';
import { loadExisting, reference } from '../common/references';
import { mutations } from './mutations';
import { changeFeedPage, channelTrend } from './history-queries';
import type { Resolvers } from './resolver-types';

/** The inquiries' writes, their history, the changed-since feed and the channel trend. */

const MAX_TREND_POINTS = 1000;


export const historyResolvers: Resolvers = {
  Query: {
    inquiryChanges: async (_, args, { db, maxPageSize }) => {
      const page = readPage(args, 'inquiry-change', 2, maxPageSize);
      const { total, rows } = await changeFeedPage(db, parseInstant(args.since, 'since'), page);
      return toConnection(rows, page, total, feedKey, (row) => row);
    },

    inquiryChannelTrend: async (_, args, { db }) => {
      const points = await channelTrend(db, {
        unit: args.interval === 'DAY' ? 'day' : 'month',
        from: parseInstant(args.from, 'from'),
        to: parseInstant(args.to, 'to'),
        consumerAgencyId: args.consumerAgencyId == null ? null : parseFilterId(args.consumerAgencyId),
        providerAgencyId: args.providerAgencyId == null ? null : parseFilterId(args.providerAgencyId),
        limit: MAX_TREND_POINTS,
      });
      if (points.length > MAX_TREND_POINTS) throw badInput(`The range spans more than ${MAX_TREND_POINTS} periods: narrow it with \`from\` and \`to\`, or use MONTH`, 'from');
      return points.map((point) => ({
        ...point,
        paperShare: point.links ? point.paperLinks / point.links : 0,
        nixShare: point.links ? point.nixLinks / point.links : 0,
        periodJalali: jalaliPeriod(point.period),
      }));
    },
  },

  Mutation: mutations,

  Inquiry: {
    createdAt: (inquiry) => iso(inquiry.createdAt),
    updatedAt: (inquiry) => iso(inquiry.updatedAt),
    createdAtJalali: (inquiry) => jalali(inquiry.createdAt),
    updatedAtJalali: (inquiry) => jalali(inquiry.updatedAt),
    history: async (inquiry, args, { loaders, maxPageSize }) => {
      const page = readPage(args, 'inquiry-history', 1, maxPageSize);
      const { total, rows } = await loaders.history.load({ id: inquiry.id, args: page });
      return toConnection(rows, page, total, (row) => [Number(row.id)], (row) => row);
    },
  },

  InquiryChange: {
    id: (change) => String(change.id),
    at: (change) => iso(change.at),
    atJalali: (change) => jalali(change.at),
    inquiry: (change, _, { loaders }) => loadExisting(loaders.inquiry, change.inquiryId),
    service: (change) => (change.serviceId === null ? null : reference(change.serviceId)),
    agency: (change) => (change.agencyId === null ? null : reference(change.agencyId)),
  },
};

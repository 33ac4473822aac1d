import { feedKey } from '../common/change-feed';
import { iso, jalali, parseInstant } from '../common/instants';
import { readPage, toConnection } from '../common/pagination';
import { loadExisting } from '../common/references';
import type { Agency } from './entities';
import type { CatalogueContext } from './context';
import { changeFeedPage } from './history-queries';
import { mutations } from './mutations';
import type { Resolvers } from './resolver-types';

/** The catalogue's writes, each record's history and the changed-since feed. */

type HistoryLoader = CatalogueContext['loaders']['agencyHistory'];

const history = (kind: string, loader: (context: CatalogueContext) => HistoryLoader) =>
  async (record: { id: number }, args: { first?: number | null; after?: string | null }, context: CatalogueContext) => {
    const page = readPage(args, kind, 1, context.maxPageSize);
    const { total, rows } = await loader(context).load({ id: record.id, args: page });
    return toConnection(rows, page, total, (row) => [Number(row.id)], (row) => row);
  };

const stamps = {
  createdAt: (record: { createdAt: Date | string }) => iso(record.createdAt),
  updatedAt: (record: { updatedAt: Date | string }) => iso(record.updatedAt),
  createdAtJalali: (record: { createdAt: Date | string }) => jalali(record.createdAt),
  updatedAtJalali: (record: { updatedAt: Date | string }) => jalali(record.updatedAt),
};

const KINDS = { AGENCY: 'Agency', SERVICE: 'Service', SUB_SERVICE: 'SubService' } as const;
/** A union member's row, told apart by the kind of its change. */
type Typed = { __typename: (typeof KINDS)[keyof typeof KINDS] };

export const historyResolvers: Resolvers = {
  Query: {
    catalogueChanges: async (_, args, { db, maxPageSize }) => {
      const page = readPage(args, 'catalogue-change', 2, maxPageSize);
      const { total, rows } = await changeFeedPage(db, parseInstant(args.since, 'since'), page);
      return toConnection(rows, page, total, feedKey, (row) => row);
    },
  },

  Mutation: mutations,

  Agency: { ...stamps, history: history('agency-history', (context) => context.loaders.agencyHistory) },
  Service: { ...stamps, history: history('service-history', (context) => context.loaders.serviceHistory) },
  SubService: { ...stamps, history: history('sub-service-history', (context) => context.loaders.subServiceHistory) },

  CatalogueChange: {
    id: (change) => String(change.id),
    at: (change) => iso(change.at),
    atJalali: (change) => jalali(change.at),
    record: async (change, _, { loaders }) => {
      const loader = change.recordKind === 'AGENCY' ? loaders.agency : change.recordKind === 'SERVICE' ? loaders.service : loaders.subService;
      const row: Typed = { ...(await loadExisting<object>(loader, change.recordId)), __typename: KINDS[change.recordKind] };
      return row as unknown as Agency;
    },
    writerAgency: (change, _, { loaders }) => (change.agencyId === null ? null : loaders.agency.load(change.agencyId)),
  },

  CatalogueRecord: {
    __resolveType: (record) => (record as unknown as Typed).__typename,
  },
};

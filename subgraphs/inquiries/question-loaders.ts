import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Metrics } from '../../lib/metrics';
import { valueLoader } from '../common/loaders';
import type { Page } from '../common/pagination';
import type { PageRows } from '../common/sql-pages';
import { agencyInquirySummaries, findAmongServicesPages, type AgencyInquirySummaryRow, type FinderCriteria, type FinderOrder, type FinderRow, type GivenServices } from './question-queries';

/** One page of a parent's given services found by their inquiries. */
export interface FindAmongKey {
  given: GivenServices;
  args: { criteria: FinderCriteria; order: FinderOrder; page: Page };
}

export function createQuestionLoaders(db: DataSource, metrics: Metrics) {
  return {
    /** Each agency's inquiry figures; an agency with no links and no inquiries gets zeros. */
    agencyInquirySummary: valueLoader<number, Omit<AgencyInquirySummaryRow, 'id'>>(
      metrics,
      async (agencyIds) => new Map((await agencyInquirySummaries(db, agencyIds)).map(({ id, ...summary }) => [id, summary])),
      { inquiriesNeeded: 0, links: 0, paperLinks: 0, servicesNeedingInquiries: 0, inquiriesProvided: 0, paperInquiriesProvided: 0, dependentServices: 0 },
    ),

    /** Parents asked for the same page with the same criteria and order share one statement. */
    findAmongServices: new DataLoader<FindAmongKey, PageRows<FinderRow>, string>(
      async (keys) => {
        metrics.observeBatch('page', keys.length);
        const groups = new Map<string, FindAmongKey[]>();
        for (const key of keys) {
          const argsKey = JSON.stringify(key.args);
          groups.set(argsKey, [...(groups.get(argsKey) ?? []), key]);
        }
        const results = new Map<string, PageRows<FinderRow>>();
        for (const [argsKey, group] of groups) {
          const { criteria, order, page } = group[0]!.args;
          const pages = await findAmongServicesPages(db, group.map((key) => key.given), criteria, order, page);
          for (const { given } of group) results.set(`${given.parentId}|${argsKey}`, pages.get(given.parentId) ?? { total: 0, rows: [] });
        }
        return keys.map((key) => results.get(`${key.given.parentId}|${JSON.stringify(key.args)}`)!);
      },
      { cacheKeyFn: (key) => `${key.given.parentId}|${JSON.stringify(key.args)}` },
    ),
  };
}

import type { DataSource } from 'typeorm';
import type { Metrics } from '../../lib/metrics';
import { valueLoader } from '../common/loaders';
import { agencyInquirySummaries, type AgencyInquirySummaryRow } from './question-queries';

export function createQuestionLoaders(db: DataSource, metrics: Metrics) {
  return {
    /** Each agency's inquiry figures; an agency with no links and no inquiries gets zeros. */
    agencyInquirySummary: valueLoader<number, Omit<AgencyInquirySummaryRow, 'id'>>(
      metrics,
      async (agencyIds) => new Map((await agencyInquirySummaries(db, agencyIds)).map(({ id, ...summary }) => [id, summary])),
      { inquiriesNeeded: 0, links: 0, paperLinks: 0, servicesNeedingInquiries: 0, inquiriesProvided: 0, paperInquiriesProvided: 0, dependentServices: 0 },
    ),
  };
}

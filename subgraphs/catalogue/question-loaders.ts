import type { DataSource } from 'typeorm';
import type { Metrics } from '../../lib/metrics';
import { valueLoader } from '../common/loaders';
import { serviceCounts } from './question-queries';

export function createQuestionLoaders(db: DataSource, metrics: Metrics) {
  return {
    serviceCountOfAgency: valueLoader<number, number>(metrics, (agencyIds) => serviceCounts(db, agencyIds), 0),
  };
}

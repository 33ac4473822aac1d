import { readPage, toConnection } from '../common/pagination';
import { agenciesByAssessmentPage } from './question-queries';
import type { Resolvers } from './resolver-types';

/** The agencies' comparisons: service counts, the newest assessment score and the ranking by it. */
export const questionResolvers: Resolvers = {
  Query: {
    agenciesByAssessment: async (_, args, { db, maxPageSize }) => {
      const page = readPage(args, 'agencies-by-assessment', 2, maxPageSize);
      const { total, rows } = await agenciesByAssessmentPage(db, page);
      return toConnection(rows, page, total, (row) => [row.scoreKey, row.id], (row) => row);
    },
  },

  Agency: {
    serviceCount: (agency, _, { loaders }) => loaders.serviceCountOfAgency.load(agency.id),
    assessmentScore: async (agency, _, { loaders }) => (await loaders.assessmentsOfAgency.load(agency.id))[0]?.overall ?? null,
  },
};

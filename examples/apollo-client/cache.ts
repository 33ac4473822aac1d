import { InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * A normalized cache for Panjare. Entities (Agency, Service, SubService, Inquiry, PriorityProject, ProgressReport,
 * Ticket, AuditEntry) are keyed by `id`, so select `id` on each. Lists are Relay connections keyed by the arguments
 * that define them (everything but `first` and `after`, as the API's cursors are); the rest are values.
 */
export function panjareCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          agencies: relayStylePagination(['filter']),
          services: relayStylePagination(['filter']),
          inquiries: relayStylePagination(['filter']),
          servicesByInquiryCount: relayStylePagination(['moreThan']),
          agencyDependencies: relayStylePagination(['minLinks']),
          paperInquiryReport: relayStylePagination(),
          findServices: relayStylePagination(['filter', 'orderBy']),
          criticalProviderRanking: relayStylePagination(['maxDepth']),
          agenciesByAssessment: relayStylePagination(),
        },
      },
      Agency: {
        fields: {
          services: relayStylePagination(),
          dependentServices: relayStylePagination(),
          dependsOn: relayStylePagination(),
          dependedOnBy: relayStylePagination(),
        },
      },
      Inquiry: { fields: { neededBy: relayStylePagination() } },
      PriorityProject: { fields: { auditLog: relayStylePagination(), findServices: relayStylePagination(['filter', 'orderBy']) } },
      Impact: { merge: true, fields: { services: relayStylePagination() } },
      AgencyPaperInquiries: { keyFields: ['agency', ['id']], fields: { paperServices: relayStylePagination() } },
      // Values without an id of their own: a newer answer's fields are merged into the one already cached.
      LocalizedText: { merge: true },
      ProjectInquiryProfile: { merge: true },
      CatalogueStats: { merge: true },
      InquiryStats: { merge: true },
      AgencyInquirySummary: { merge: true },
      AgencyNetwork: { merge: true },
      ProjectStats: { merge: true },
    },
  });
}

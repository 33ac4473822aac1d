/**
 * How long each list without `first` can be, for the cost estimate: the most the data set holds
 * (`test/gateway/cost-property.test.ts` checks the answers against the estimate), with room.
 * Lists that writes lengthen (a project's reports, tickets) assume a project's lifetime of them;
 * should one outgrow its size, the request's deadline and answer cap still bound the work.
 * Any other list (a supergraph with other subgraphs) assumes COST_LIST_SIZE.
 */
export const LIST_SIZES: Readonly<Record<string, number>> = {
  'Agency.assessments': 10,
  'Agency.inquiriesProvided': 100,
  'Agency.projects': 25,
  'Impact.projects': 25,
  'Query.projects': 25,
  'PriorityProject.agencies': 20,
  'PriorityProject.services': 50,
  'PriorityProject.subServices': 50,
  'PriorityProject.progressHistory': 200,
  'PriorityProject.reports': 200,
  'PriorityProject.tickets': 200,
  'ProjectInquiryProfile.externalProviders': 120,
  'ProjectInquiryProfile.providers': 120,
  'ProjectInquiryProfile.inquiries': 300,
  'Service.dependencyChain': 300,
  'Service.inquiries': 100,
  'Service.paperInquiries': 25,
  'Service.providerAgencies': 120,
  'Service.subServices': 25,
  'SubService.inquiries': 50,
};

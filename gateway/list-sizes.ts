/**
 * How long each list without `first` can be, for the cost estimate: the most the data set holds,
 * with a little room (`test/gateway/cost-property.test.ts` checks answers against the estimate).
 * Sizes multiply down a selection, so room is kept small: a legitimate nested read (every project
 * with its services' and sub-services' inquiries) must stay under MAX_COST. Lists that writes
 * lengthen (a project's reports, tickets) assume a project's lifetime of them. Should a list
 * outgrow its size, the request's deadline and answer cap still bound the work (backstop.ts).
 * Any other list (a supergraph with other subgraphs) assumes COST_LIST_SIZE.
 */
export const LIST_SIZES: Readonly<Record<string, number>> = {
  'Agency.assessments': 10,
  'AgencyNetwork.agencies': 120,
  // The whole network at scale 1 (a download): every edge.
  'AgencyNetwork.edges': 5000,
  // The plan's `first` already multiplies what is under it: its moves count once more.
  'DigitisationPlan.moves': 1,
  'DigitisationMove.servicesFreed': 25,
  'DigitisationWhatIf.agencies': 120,
  'DigitisationWhatIf.inquiries': 100,
  'DigitisationWhatIf.projects': 25,
  'DigitisationWhatIf.services': 500,
  'DigitisationWhatIf.subServices': 1000,
  'Agency.inquiriesProvided': 50,
  'Agency.projects': 10,
  'CatalogueStats.windowConnection': 3,
  'Impact.projects': 25,
  // Its points are capped (MAX_TREND_POINTS in the inquiries subgraph).
  'Query.inquiryChannelTrend': 1000,
  'Query.projects': 25,
  'PriorityProject.agencies': 10,
  'PriorityProject.services': 15,
  'PriorityProject.subServices': 20,
  'PriorityProject.progressHistory': 200,
  'PriorityProject.reports': 200,
  'PriorityProject.tickets': 200,
  'ProjectInquiryProfile.externalProviders': 80,
  'ProjectInquiryProfile.providers': 80,
  'ProjectInquiryProfile.inquiries': 200,
  'Service.dependencyChain': 200,
  'Service.inquiries': 50,
  'Service.paperInquiries': 15,
  'Service.providerAgencies': 40,
  'Service.subServices': 10,
  'SubService.inquiries': 40,
};

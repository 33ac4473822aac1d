/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What a change to the catalogue did. */
export type CatalogueChangeAction =
  /** renameAgency, renameService, renameSubService: the record's name was corrected. */
  | 'RENAME';

/** The kind of catalogue record a change is to. */
export type CatalogueRecordKind =
  /** An agency. */
  | 'AGENCY'
  /** A service. */
  | 'SERVICE'
  /** A sub-service. */
  | 'SUB_SERVICE';

/** How a digitisation plan weighs the services it frees. */
export type DigitisationWeighting =
  /** Each service freed counts its number of distinct inquiries, so the heavy services (licences with many look-ups) come first. */
  | 'INQUIRY_COUNT'
  /** Only services owned by a priority project count, 1 each (with `projectId`, only that project's services). */
  | 'PRIORITY_PROJECTS'
  /** Each service freed counts 1. */
  | 'SERVICES';

/** What a change to an inquiry or to a service's need for it did. */
export type InquiryChangeAction =
  /** addServiceInquiry: a service now needs the inquiry. */
  | 'ADD_REQUIREMENT'
  /** renameInquiry: the inquiry's name was corrected. */
  | 'RENAME'
  /** retireServiceInquiry: a service no longer needs the inquiry (neither itself nor through its sub-services). */
  | 'RETIRE_REQUIREMENT'
  /** setInquiryChannel: the inquiry now travels by another channel (from PAPER: digitised). */
  | 'SET_CHANNEL';

/** How an inquiry travels between agencies. */
export type InquiryChannel =
  /** Electronically, over a direct link between the two agencies. */
  | 'DIRECT'
  /** Electronically, through the National Information Exchange Centre (NIX), the one legal channel. */
  | 'NIX'
  /** On paper. */
  | 'PAPER';

/** The kind of record a change is to. */
export type InquiryRecordKind =
  /** The inquiry itself. */
  | 'INQUIRY'
  /** A service's need for the inquiry (a link). */
  | 'REQUIREMENT';

/** Where a priority project stands, derived from its progress and deadline: COMPLETED at 100%; DELAYED when past the deadline below 100%; NOT_STARTED at 0%; ON_TRACK otherwise. */
export type ProjectStatus =
  /** Progress 100%. */
  | 'COMPLETED'
  /** Past the deadline and below 100%. */
  | 'DELAYED'
  /** No progress reported yet (0%), deadline not passed. */
  | 'NOT_STARTED'
  /** Some progress, deadline not passed. */
  | 'ON_TRACK';

/** How long each point of a trend spans. */
export type TrendInterval =
  /** A calendar day (UTC). */
  | 'DAY'
  /** A calendar month (UTC). */
  | 'MONTH';

export type InquiryChangeFeedQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  since?: string | null | undefined;
}>;


export type InquiryChangeFeedQuery = { inquiryChanges: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, action: InquiryChangeAction, recordKind: InquiryRecordKind, at: string, atJalali: string, before: unknown, after: unknown, generated: boolean, subject: string, roles: Array<string>, agency: { id: string, name: { fa: string, en: string | null } } | null, inquiry: { id: string, code: string, name: { fa: string, en: string | null } }, service: { id: string, code: string } | null } }> } };

export type CatalogueChangeFeedQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  since?: string | null | undefined;
}>;


export type CatalogueChangeFeedQuery = { catalogueChanges: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, action: CatalogueChangeAction, recordKind: CatalogueRecordKind, at: string, atJalali: string, before: unknown, after: unknown, generated: boolean, subject: string, roles: Array<string>, writerAgency: { id: string, name: { fa: string, en: string | null } } | null, record:
          | { id: string, code: string, name: { fa: string, en: string | null } }
          | { id: string, code: string, name: { fa: string, en: string | null } }
          | { id: string, code: string, name: { fa: string, en: string | null } }
         } }> } };

export type HeavyServicesQueryVariables = Exact<{
  moreThan: number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type HeavyServicesQuery = { servicesByInquiryCount: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string, inquiryCount: number, paperInquiryCount: number, name: { fa: string, en: string | null }, agency: { id: string, name: { fa: string, en: string | null } }, project: { id: string, number: number, name: { fa: string, en: string | null } | null } | null } }> } };

export type WholeNetworkQueryVariables = Exact<{ [key: string]: never; }>;


export type WholeNetworkQuery = { agencyNetwork: { links: number, paperLinks: number, agencies: Array<{ id: string, code: string, name: { fa: string, en: string | null } }>, edges: Array<{ links: number, paperLinks: number, services: number, consumer: { id: string }, provider: { id: string } }> } };

export type AgencyNetworkQueryVariables = Exact<{
  minLinks?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AgencyNetworkQuery = { agencyDependencies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { links: number, paperLinks: number, services: number, consumer: { id: string, code: string, name: { fa: string, en: string | null } }, provider: { id: string, code: string, name: { fa: string, en: string | null } } } }> } };

export type AgencyImpactQueryVariables = Exact<{
  id: string | number;
  maxDepth?: number | null | undefined;
}>;


export type AgencyImpactQuery = { agency: { id: string, name: { fa: string, en: string | null }, impact: { maxDepth: number, directServices: number, transitiveServices: number, projects: Array<{ id: string, number: number, name: { fa: string, en: string | null } | null }>, services: { totalCount: number, edges: Array<{ depth: number, node: { id: string, name: { fa: string, en: string | null } } }> } } } | null };

export type DigitisationWhatIfQueryVariables = Exact<{
  inquiryIds: Array<string | number> | string | number;
}>;


export type DigitisationWhatIfQuery = { digitisationWhatIf: { serviceCount: number, paperShareBefore: number, paperShareAfter: number, subServices: Array<{ id: string }>, projects: Array<{ id: string, number: number, name: { fa: string, en: string | null } | null }>, agencies: Array<{ paperShareBefore: number, paperShareAfter: number, servicesFreed: number, agency: { id: string, name: { fa: string, en: string | null } } }> } };

export type DigitisationPlanQueryVariables = Exact<{
  first?: number | null | undefined;
  weighting?: DigitisationWeighting | null | undefined;
  providerAgencyId?: string | number | null | undefined;
  projectId?: string | number | null | undefined;
}>;


export type DigitisationPlanQuery = { digitisationPlan: { candidateCount: number, exact: boolean, upperBound: number, totalGain: number, servicesFreed: number, note: string | null, moves: Array<{ step: number, gain: number, totalGain: number, servicesFreedCount: number, totalServicesFreed: number, paperShare: number, inquiry: { id: string, code: string, name: { fa: string, en: string | null }, provider: { id: string, name: { fa: string, en: string | null } } }, servicesFreed: Array<{ id: string, code: string }> }> } };

export type PaperProvidersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PaperProvidersQuery = { inquiries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, provider: { id: string, name: { fa: string, en: string | null } } } }> }, projects: Array<{ id: string, number: number, name: { fa: string, en: string | null } | null }> };

export type ProjectListQueryVariables = Exact<{ [key: string]: never; }>;


export type ProjectListQuery = { projects: Array<{ id: string, number: number, status: ProjectStatus, progress: number, deadline: string, deadlineJalali: string, name: { fa: string, en: string | null } | null, leadAgency: { id: string, name: { fa: string, en: string | null } }, services: Array<{ id: string, inquiryCount: number, paperInquiryCount: number }> }> };

export type ServiceDetailQueryVariables = Exact<{
  id: string | number;
  maxDepth?: number | null | undefined;
}>;


export type ServiceDetailQuery = { service: { id: string, code: string, inquiryCount: number, paperInquiryCount: number, name: { fa: string, en: string | null }, agency: { id: string, name: { fa: string, en: string | null } }, project: { id: string, number: number, status: ProjectStatus, progress: number, name: { fa: string, en: string | null } | null } | null, inquiries: Array<{ id: string, code: string, channel: InquiryChannel, name: { fa: string, en: string | null }, provider: { id: string, name: { fa: string, en: string | null } } }>, dependencyChain: Array<{ depth: number, cycle: boolean, path: Array<string>, inquiry: { id: string, code: string, channel: InquiryChannel, name: { fa: string, en: string | null } }, provider: { id: string, name: { fa: string, en: string | null } } }> } | null };

export type ChannelTrendQueryVariables = Exact<{
  interval?: TrendInterval | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  consumerAgencyId?: string | number | null | undefined;
  providerAgencyId?: string | number | null | undefined;
}>;


export type ChannelTrendQuery = { inquiryChannelTrend: Array<{ period: string, periodJalali: string, links: number, paperLinks: number, nixLinks: number, paperShare: number, nixShare: number }> };

export type AgencyChoicesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AgencyChoicesQuery = { agencies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string, name: { fa: string, en: string | null } } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const InquiryChangeFeedDocument = new TypedDocumentString(`
    query InquiryChangeFeed($first: Int, $after: String, $since: String) {
  inquiryChanges(first: $first, after: $after, since: $since) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        action
        recordKind
        at
        atJalali
        before
        after
        generated
        subject
        roles
        agency {
          id
          name {
            fa
            en
          }
        }
        inquiry {
          id
          code
          name {
            fa
            en
          }
        }
        service {
          id
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InquiryChangeFeedQuery, InquiryChangeFeedQueryVariables>;
export const CatalogueChangeFeedDocument = new TypedDocumentString(`
    query CatalogueChangeFeed($first: Int, $after: String, $since: String) {
  catalogueChanges(first: $first, after: $after, since: $since) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        action
        recordKind
        at
        atJalali
        before
        after
        generated
        subject
        roles
        writerAgency {
          id
          name {
            fa
            en
          }
        }
        record {
          ... on Agency {
            id
            code
            name {
              fa
              en
            }
          }
          ... on Service {
            id
            code
            name {
              fa
              en
            }
          }
          ... on SubService {
            id
            code
            name {
              fa
              en
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogueChangeFeedQuery, CatalogueChangeFeedQueryVariables>;
export const HeavyServicesDocument = new TypedDocumentString(`
    query HeavyServices($moreThan: Int!, $first: Int, $after: String) {
  servicesByInquiryCount(moreThan: $moreThan, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        code
        name {
          fa
          en
        }
        inquiryCount
        paperInquiryCount
        agency {
          id
          name {
            fa
            en
          }
        }
        project {
          id
          number
          name {
            fa
            en
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HeavyServicesQuery, HeavyServicesQueryVariables>;
export const WholeNetworkDocument = new TypedDocumentString(`
    query WholeNetwork {
  agencyNetwork(minLinks: 1) {
    links
    paperLinks
    agencies {
      id
      code
      name {
        fa
        en
      }
    }
    edges {
      consumer {
        id
      }
      provider {
        id
      }
      links
      paperLinks
      services
    }
  }
}
    `) as unknown as TypedDocumentString<WholeNetworkQuery, WholeNetworkQueryVariables>;
export const AgencyNetworkDocument = new TypedDocumentString(`
    query AgencyNetwork($minLinks: Int, $first: Int, $after: String) {
  agencyDependencies(minLinks: $minLinks, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        links
        paperLinks
        services
        consumer {
          id
          code
          name {
            fa
            en
          }
        }
        provider {
          id
          code
          name {
            fa
            en
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AgencyNetworkQuery, AgencyNetworkQueryVariables>;
export const AgencyImpactDocument = new TypedDocumentString(`
    query AgencyImpact($id: ID!, $maxDepth: Int) {
  agency(id: $id) {
    id
    name {
      fa
      en
    }
    impact(maxDepth: $maxDepth) {
      maxDepth
      directServices
      transitiveServices
      projects {
        id
        number
        name {
          fa
          en
        }
      }
      services(first: 10) {
        totalCount
        edges {
          depth
          node {
            id
            name {
              fa
              en
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AgencyImpactQuery, AgencyImpactQueryVariables>;
export const DigitisationWhatIfDocument = new TypedDocumentString(`
    query DigitisationWhatIf($inquiryIds: [ID!]!) {
  digitisationWhatIf(inquiryIds: $inquiryIds) {
    serviceCount
    paperShareBefore
    paperShareAfter
    subServices {
      id
    }
    projects {
      id
      number
      name {
        fa
        en
      }
    }
    agencies {
      agency {
        id
        name {
          fa
          en
        }
      }
      paperShareBefore
      paperShareAfter
      servicesFreed
    }
  }
}
    `) as unknown as TypedDocumentString<DigitisationWhatIfQuery, DigitisationWhatIfQueryVariables>;
export const DigitisationPlanDocument = new TypedDocumentString(`
    query DigitisationPlan($first: Int, $weighting: DigitisationWeighting, $providerAgencyId: ID, $projectId: ID) {
  digitisationPlan(
    first: $first
    weighting: $weighting
    providerAgencyId: $providerAgencyId
    projectId: $projectId
  ) {
    candidateCount
    exact
    upperBound
    totalGain
    servicesFreed
    note
    moves {
      step
      gain
      totalGain
      servicesFreedCount
      totalServicesFreed
      paperShare
      inquiry {
        id
        code
        name {
          fa
          en
        }
        provider {
          id
          name {
            fa
            en
          }
        }
      }
      servicesFreed {
        id
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DigitisationPlanQuery, DigitisationPlanQueryVariables>;
export const PaperProvidersDocument = new TypedDocumentString(`
    query PaperProviders($first: Int, $after: String) {
  inquiries(first: $first, after: $after, filter: {channel: PAPER}) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        provider {
          id
          name {
            fa
            en
          }
        }
      }
    }
  }
  projects {
    id
    number
    name {
      fa
      en
    }
  }
}
    `) as unknown as TypedDocumentString<PaperProvidersQuery, PaperProvidersQueryVariables>;
export const ProjectListDocument = new TypedDocumentString(`
    query ProjectList {
  projects {
    id
    number
    name {
      fa
      en
    }
    status
    progress
    deadline
    deadlineJalali
    leadAgency {
      id
      name {
        fa
        en
      }
    }
    services {
      id
      inquiryCount
      paperInquiryCount
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectListQuery, ProjectListQueryVariables>;
export const ServiceDetailDocument = new TypedDocumentString(`
    query ServiceDetail($id: ID!, $maxDepth: Int) {
  service(id: $id) {
    id
    code
    name {
      fa
      en
    }
    inquiryCount
    paperInquiryCount
    agency {
      id
      name {
        fa
        en
      }
    }
    project {
      id
      number
      name {
        fa
        en
      }
      status
      progress
    }
    inquiries {
      id
      code
      name {
        fa
        en
      }
      channel
      provider {
        id
        name {
          fa
          en
        }
      }
    }
    dependencyChain(maxDepth: $maxDepth) {
      depth
      cycle
      path
      inquiry {
        id
        code
        name {
          fa
          en
        }
        channel
      }
      provider {
        id
        name {
          fa
          en
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ServiceDetailQuery, ServiceDetailQueryVariables>;
export const ChannelTrendDocument = new TypedDocumentString(`
    query ChannelTrend($interval: TrendInterval, $from: String, $to: String, $consumerAgencyId: ID, $providerAgencyId: ID) {
  inquiryChannelTrend(
    interval: $interval
    from: $from
    to: $to
    consumerAgencyId: $consumerAgencyId
    providerAgencyId: $providerAgencyId
  ) {
    period
    periodJalali
    links
    paperLinks
    nixLinks
    paperShare
    nixShare
  }
}
    `) as unknown as TypedDocumentString<ChannelTrendQuery, ChannelTrendQueryVariables>;
export const AgencyChoicesDocument = new TypedDocumentString(`
    query AgencyChoices($first: Int, $after: String) {
  agencies(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        code
        name {
          fa
          en
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AgencyChoicesQuery, AgencyChoicesQueryVariables>;
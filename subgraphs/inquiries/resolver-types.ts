/* Generated from schema/inquiries.graphql by `npm run codegen:subgraphs`: do not edit. */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Inquiry as InquiryRow, InquiryChange as InquiryChangeRow } from './entities';
import type { ChannelSharePoint as ChannelSharePointRow } from './history-queries';
import type { Reference as ReferenceRow } from '../common/references';
import type { DependencyStepRow as DependencyStepRowRow, DependencyRow as DependencyRowRow, ImpactKey as ImpactKeyRow, ProjectNeeds as ProjectNeedsRow } from './dependency-loaders';
import type { PaperRow as PaperRowRow } from './dependency-queries';
import type { PlanKey as PlanKeyRow, WhatIfKey as WhatIfKeyRow } from './planner/keys';
import type { ComputedMove as ComputedMoveRow } from './planner/scoped-plan';
import type { AgencyChange as AgencyChangeRow } from './planner/what-if';
import type { InquiriesContext } from './context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Any JSON value (the audit log's before and after values). */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** An executive agency, as the inquiries subgraph sees it: the inquiries it answers and the services that depend on them. */
export type Agency = {
  __typename?: 'Agency';
  /** The agencies whose services need this agency's inquiries, heaviest first (ties by consumer id). */
  dependedOnBy: AgencyDependencyConnection;
  /** Services that need at least one inquiry this agency answers, ordered by id. */
  dependentServices: ServiceConnection;
  /** This agency's dependencies on the agencies that answer its services' inquiries, heaviest first (ties by provider id). */
  dependsOn: AgencyDependencyConnection;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** Which services stop, directly and down the inquiry chains, if this agency's inquiries go down. */
  impact: Impact;
  /** The inquiries this agency answers, ordered by id. */
  inquiriesProvided: Array<Inquiry>;
  /** The agency's inquiry figures, for comparing agencies (its impact down the chains is `impact`). */
  inquirySummary: AgencyInquirySummary;
};


/** An executive agency, as the inquiries subgraph sees it: the inquiries it answers and the services that depend on them. */
export type AgencyDependedOnByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An executive agency, as the inquiries subgraph sees it: the inquiries it answers and the services that depend on them. */
export type AgencyDependentServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An executive agency, as the inquiries subgraph sees it: the inquiries it answers and the services that depend on them. */
export type AgencyDependsOnArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An executive agency, as the inquiries subgraph sees it: the inquiries it answers and the services that depend on them. */
export type AgencyImpactArgs = {
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
};

/** A weighted edge of the agency network: the consumer's services need inquiries that the provider answers. */
export type AgencyDependency = {
  __typename?: 'AgencyDependency';
  /** The agency whose services need the inquiries. */
  consumer: Agency;
  /** Service-needs-inquiry links (distinct service and inquiry pairs) from the consumer's services to the provider's inquiries. */
  links: Scalars['Int']['output'];
  /** How many of those links are inquiries that travel on paper. */
  paperLinks: Scalars['Int']['output'];
  /** paperLinks / links, 0..1. */
  paperShare: Scalars['Float']['output'];
  /** The agency that answers them. */
  provider: Agency;
  /** How many of the consumer's services are involved (need at least one of the provider's inquiries). */
  services: Scalars['Int']['output'];
};

/** A page of agency dependencies (Relay connection), heaviest first. */
export type AgencyDependencyConnection = {
  __typename?: 'AgencyDependencyConnection';
  /** The dependencies of this page. */
  edges: Array<AgencyDependencyEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many dependencies match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of an agency-dependency connection. */
export type AgencyDependencyEdge = {
  __typename?: 'AgencyDependencyEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The dependency. */
  node: AgencyDependency;
};

/** An agency's inquiry figures, for comparing agencies: what its services need and what it answers. */
export type AgencyInquirySummary = {
  __typename?: 'AgencyInquirySummary';
  /** Services (of any agency) needing at least one inquiry the agency answers: its direct impact. */
  dependentServices: Scalars['Int']['output'];
  /** Distinct kinds of inquiry the agency's services need. */
  inquiriesNeeded: Scalars['Int']['output'];
  /** Kinds of inquiry the agency answers. */
  inquiriesProvided: Scalars['Int']['output'];
  /** Service-needs-inquiry links of the agency's services. */
  links: Scalars['Int']['output'];
  /** Of those, the ones still answered on paper. */
  paperInquiriesProvided: Scalars['Int']['output'];
  /** Of those, links whose inquiry travels on paper. */
  paperLinks: Scalars['Int']['output'];
  /** paperLinks / links, 0..1 (0 when there are none). */
  paperShare: Scalars['Float']['output'];
  /** Services of the agency needing at least one inquiry. */
  servicesNeedingInquiries: Scalars['Int']['output'];
};

/** The whole agency network at once, for a download: every agency on an edge, and every edge. */
export type AgencyNetwork = {
  __typename?: 'AgencyNetwork';
  /** The agencies on at least one edge, ordered by id. */
  agencies: Array<Agency>;
  /** Every edge consumer → provider with at least `minLinks` links, heaviest first (ties by consumer id, then provider id). */
  edges: Array<AgencyDependency>;
  /** How many links the edges carry together. */
  links: Scalars['Int']['output'];
  /** Of those, links whose inquiry travels on paper. */
  paperLinks: Scalars['Int']['output'];
};

/** How one consumer agency's paper links change in a what-if. */
export type AgencyPaperChange = {
  __typename?: 'AgencyPaperChange';
  /** The agency whose services need the inquiries. */
  agency: Agency;
  /** Service-inquiry links of the agency's services. */
  links: Scalars['Int']['output'];
  /** On paper once the inquiries are digitised. */
  paperLinksAfter: Scalars['Int']['output'];
  /** Of those, on paper today. */
  paperLinksBefore: Scalars['Int']['output'];
  /** paperLinksAfter / links, 0..1. */
  paperShareAfter: Scalars['Float']['output'];
  /** paperLinksBefore / links, 0..1. */
  paperShareBefore: Scalars['Float']['output'];
  /** How many of the agency's services become free of paper inquiries. */
  servicesFreed: Scalars['Int']['output'];
};

/** One consumer agency's inquiries and how many still travel on paper. */
export type AgencyPaperInquiries = {
  __typename?: 'AgencyPaperInquiries';
  /** The consumer agency. */
  agency: Agency;
  /** Service-needs-inquiry links of the agency's services. */
  links: Scalars['Int']['output'];
  /** How many of those links are inquiries on paper. */
  paperLinks: Scalars['Int']['output'];
  /** How many of the agency's services still need at least one paper inquiry. */
  paperServiceCount: Scalars['Int']['output'];
  /** The agency's services still needing at least one paper inquiry, ordered by id. */
  paperServices: ServiceConnection;
  /** paperLinks / links, 0..1. */
  paperShare: Scalars['Float']['output'];
};


/** One consumer agency's inquiries and how many still travel on paper. */
export type AgencyPaperInquiriesPaperServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An edge of the paper-inquiry report. */
export type AgencyPaperInquiriesEdge = {
  __typename?: 'AgencyPaperInquiriesEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** One consumer agency's figures. */
  node: AgencyPaperInquiries;
};

/** The inquiry links as they stood at the end of one period. */
export type ChannelSharePoint = {
  __typename?: 'ChannelSharePoint';
  /** Service-needs-inquiry links (distinct service, inquiry pairs) at the period's end. */
  links: Scalars['Int']['output'];
  /** Those whose inquiry travelled through NIX. */
  nixLinks: Scalars['Int']['output'];
  /** nixLinks / links, 0..1 (0 when there are none). */
  nixShare: Scalars['Float']['output'];
  /** Those whose inquiry travelled on paper. */
  paperLinks: Scalars['Int']['output'];
  /** paperLinks / links, 0..1 (0 when there are none). */
  paperShare: Scalars['Float']['output'];
  /** The period's first day, ISO 8601 date. */
  period: Scalars['String']['output'];
  /** The period's first day in the Jalali calendar (e.g. 1397-05-09). */
  periodJalali: Scalars['String']['output'];
};

/** A provider agency ranked by how many services depend on it. */
export type CriticalProvider = {
  __typename?: 'CriticalProvider';
  /** The provider agency. */
  agency: Agency;
  /** Services needing one of its inquiries directly. */
  directServices: Scalars['Int']['output'];
  /** Services that stop if its inquiries go down, directly or down the chains within `maxDepth`. */
  transitiveServices: Scalars['Int']['output'];
};

/** The critical-provider ranking (Relay connection): most services stopped first, ties by direct services, then agency id. */
export type CriticalProviderConnection = {
  __typename?: 'CriticalProviderConnection';
  /** The providers of this page. */
  edges: Array<CriticalProviderEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many provider agencies are ranked, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of the critical-provider ranking. */
export type CriticalProviderEdge = {
  __typename?: 'CriticalProviderEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The ranked provider. */
  node: CriticalProvider;
};

/** One inquiry reached down a service's dependency chain. */
export type DependencyStep = {
  __typename?: 'DependencyStep';
  /** True when the inquiry's answering service is already on the path (the service itself included): the chain closes a cycle here, which is reported and not followed. */
  cycle: Scalars['Boolean']['output'];
  /** How far down the chain: 1 for the service's own inquiries, 2 for those of a service answering one of them, and so on. */
  depth: Scalars['Int']['output'];
  /** The inquiry reached. */
  inquiry: Inquiry;
  /** The ids of the inquiries that lead here, from one of the service's own inquiries to this one (included); its length is `depth`. */
  path: Array<Scalars['ID']['output']>;
  /** The agency that answers the inquiry. */
  provider: Agency;
};

/** One move of a digitisation plan: one paper inquiry to digitise, and what it frees with the moves before it. */
export type DigitisationMove = {
  __typename?: 'DigitisationMove';
  /** The marginal gain of this move, in the weighting's units. */
  gain: Scalars['Float']['output'];
  /** The paper inquiry to digitise. */
  inquiry: Inquiry;
  /** The overall paper share of the service-inquiry links once the moves so far are digitised, 0..1. */
  paperShare: Scalars['Float']['output'];
  /** The services this move frees of their last paper inquiry, ordered by id. */
  servicesFreed: Array<Service>;
  /** How many services this move frees. */
  servicesFreedCount: Scalars['Int']['output'];
  /** 1 for the first move. */
  step: Scalars['Int']['output'];
  /** Gain of the moves so far, this one included. */
  totalGain: Scalars['Float']['output'];
  /** Services freed by the moves so far, this one included. */
  totalServicesFreed: Scalars['Int']['output'];
};

/** The best next paper inquiries to digitise, in order. Computed on each request; nothing is written. */
export type DigitisationPlan = {
  __typename?: 'DigitisationPlan';
  /** Paper inquiries the plan could choose from (after the filters). */
  candidateCount: Scalars['Int']['output'];
  /** True when exhaustive search proved that no other choice of as many moves gains more; false for the greedy answer. */
  exact: Scalars['Boolean']['output'];
  /** Identifies the plan's arguments; used by the gateway to bring the projects' services. */
  id: Scalars['ID']['output'];
  /** The moves, best first; fewer than asked when no further candidate brings any service closer to paper-free (see `note`). */
  moves: Array<DigitisationMove>;
  /** Why the plan has fewer moves than asked, or no moves; null otherwise. */
  note?: Maybe<Scalars['String']['output']>;
  /** The services that `projectId` or the PRIORITY_PROJECTS weighting select (owned by the projects subgraph). */
  scopeServiceIds: Array<Scalars['ID']['output']>;
  /** The sub-services of the project `projectId` names (owned by the projects subgraph). */
  scopeSubServiceIds: Array<Scalars['ID']['output']>;
  /** Services the whole plan frees of paper inquiries. */
  servicesFreed: Scalars['Int']['output'];
  /** The plan's total gain in the weighting's units (for SERVICES, the services freed). */
  totalGain: Scalars['Float']['output'];
  /** No choice of as many candidate moves can gain more than this (each service's weight shared over its paper inquiries, the largest shares summed): how far from optimal the plan can be. */
  upperBound: Scalars['Float']['output'];
  /** How the plan weighs the services it frees. */
  weighting: DigitisationWeighting;
  /** What the whole plan would change, as `digitisationWhatIf` of its moves. */
  whatIf: DigitisationWhatIf;
};

/** How a digitisation plan weighs the services it frees. */
export type DigitisationWeighting =
  /** Each service freed counts its number of distinct inquiries, so the heavy services (licences with many look-ups) come first. */
  | 'INQUIRY_COUNT'
  /** Only services owned by a priority project count, 1 each (with `projectId`, only that project's services). */
  | 'PRIORITY_PROJECTS'
  /** Each service freed counts 1. */
  | 'SERVICES';

/** What digitising a set of paper inquiries would change: computed, not written. */
export type DigitisationWhatIf = {
  __typename?: 'DigitisationWhatIf';
  /** The consumer agencies whose paper links change, most paper links removed first (ties by agency id). */
  agencies: Array<AgencyPaperChange>;
  /** Identifies the set of inquiries; used by the gateway to join the projects. */
  id: Scalars['ID']['output'];
  /** The inquiries digitised, ordered by id. */
  inquiries: Array<Inquiry>;
  /** Service-inquiry links over every agency (unchanged by digitising). */
  links: Scalars['Int']['output'];
  /** Links on paper once these inquiries are digitised. */
  paperLinksAfter: Scalars['Int']['output'];
  /** Links on paper today. */
  paperLinksBefore: Scalars['Int']['output'];
  /** paperLinksAfter / links, 0..1. */
  paperShareAfter: Scalars['Float']['output'];
  /** paperLinksBefore / links, 0..1. */
  paperShareBefore: Scalars['Float']['output'];
  /** How many services become free of paper inquiries. */
  serviceCount: Scalars['Int']['output'];
  /** Ids of those services; what the projects subgraph needs to find their projects. */
  serviceIds: Array<Scalars['ID']['output']>;
  /** Services that become entirely free of paper inquiries, ordered by id. */
  services: Array<Service>;
  /** Sub-services that needed a paper inquiry and would need none, ordered by id. */
  subServices: Array<SubService>;
};

/** Which services stop if one agency's inquiries go down, within a depth of the inquiry chains. */
export type Impact = {
  __typename?: 'Impact';
  /** The agency whose inquiries go down. */
  agency: Agency;
  /** Services needing one of the agency's inquiries directly (depth 1). */
  directServices: Scalars['Int']['output'];
  /** Identifies the analysis (agency and depth); used by the gateway to join the projects. */
  id: Scalars['ID']['output'];
  /** How far down the chains the analysis looked. */
  maxDepth: Scalars['Int']['output'];
  /** Ids of every service that stops; what the projects subgraph needs to find the projects. */
  serviceIds: Array<Scalars['ID']['output']>;
  /** The services that stop, nearest first (by depth, then id); each edge tells the depth. */
  services: ImpactServiceConnection;
  /** Services that stop at any depth up to `maxDepth`, the direct ones included. */
  transitiveServices: Scalars['Int']['output'];
};


/** Which services stop if one agency's inquiries go down, within a depth of the inquiry chains. */
export type ImpactServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of services that stop (Relay connection), by depth then id. */
export type ImpactServiceConnection = {
  __typename?: 'ImpactServiceConnection';
  /** The services of this page. */
  edges: Array<ImpactServiceEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many services stop, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A service that stops, with how far down the chain from the failing agency it is. */
export type ImpactServiceEdge = {
  __typename?: 'ImpactServiceEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The shortest chain from the service to the failing agency: 1 when the service needs one of its inquiries directly. */
  depth: Scalars['Int']['output'];
  /** The service. */
  node: Service;
};

/** A kind of inquiry (استعلام): a look-up or verification that one agency must obtain from another before it can deliver a service. */
export type Inquiry = {
  __typename?: 'Inquiry';
  /** The provider's own service through which it answers this inquiry (whose process needs inquiries of its own), or null when the provider answers straight from its records. */
  answeredBy?: Maybe<Service>;
  /** How it travels. */
  channel: InquiryChannel;
  /** Short unique code, e.g. INQ-00001. */
  code: Scalars['String']['output'];
  /** When the record was created, ISO 8601 timestamp (for seeded records, the start of the seed's generated history). */
  createdAt: Scalars['String']['output'];
  /** When the record was created, in the Jalali calendar, Tehran time (e.g. 1402-09-30T03:30:00+03:30). */
  createdAtJalali: Scalars['String']['output'];
  /** True unless the channel is PAPER. */
  electronic: Scalars['Boolean']['output'];
  /** True where the record is synthetic, not named in the sources. */
  generated: Scalars['Boolean']['output'];
  /** Every change to the inquiry and to the services' needs for it, oldest first (in the order they committed). */
  history: InquiryChangeConnection;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** The inquiry's name in Persian and English. */
  name: LocalizedText;
  /** The services whose process needs this inquiry (directly or through a sub-service), ordered by id. */
  neededBy: ServiceConnection;
  /** How many services need this inquiry. */
  neededByCount: Scalars['Int']['output'];
  /** The agency that answers it. */
  provider: Agency;
  /** When the inquiry itself last changed (channel, name), ISO 8601 timestamp. */
  updatedAt: Scalars['String']['output'];
  /** When the record last changed, in the Jalali calendar, Tehran time. */
  updatedAtJalali: Scalars['String']['output'];
  /** Bumps on every change to the inquiry (channel, name); pass it back as expectedVersion for optimistic concurrency. */
  version: Scalars['Int']['output'];
};


/** A kind of inquiry (استعلام): a look-up or verification that one agency must obtain from another before it can deliver a service. */
export type InquiryHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A kind of inquiry (استعلام): a look-up or verification that one agency must obtain from another before it can deliver a service. */
export type InquiryNeededByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One change to an inquiry or to a service's need for it: who, when, what, before and after. It is also the write's audit entry, recorded in the write's own transaction. */
export type InquiryChange = {
  __typename?: 'InquiryChange';
  /** What changed. */
  action: InquiryChangeAction;
  /** The same values after it. */
  after: Scalars['JSON']['output'];
  /** The writer's agency; null for an admin whose token names none. */
  agency?: Maybe<Agency>;
  /** When it happened, ISO 8601 timestamp. */
  at: Scalars['String']['output'];
  /** When it happened, in the Jalali calendar, Tehran time (e.g. 1402-09-30T03:30:00+03:30). */
  atJalali: Scalars['String']['output'];
  /** The changed values before the change; null when the record did not exist. */
  before?: Maybe<Scalars['JSON']['output']>;
  /** True for the seed's generated history, not a real change. */
  generated: Scalars['Boolean']['output'];
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** The inquiry changed, or whose need changed. */
  inquiry: Inquiry;
  /** The kind of record changed. */
  recordKind: InquiryRecordKind;
  /** The writer's roles at the time: editor, admin. */
  roles: Array<Scalars['String']['output']>;
  /** The service whose need changed (REQUIREMENT), else null. */
  service?: Maybe<Service>;
  /** The subject (`sub`) of the writer's token; `seed` for the seed's generated history. */
  subject: Scalars['String']['output'];
};

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

/** A page of changes (Relay connection), oldest first. */
export type InquiryChangeConnection = {
  __typename?: 'InquiryChangeConnection';
  /** The changes of this page. */
  edges: Array<InquiryChangeEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many changes match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of a change list. */
export type InquiryChangeEdge = {
  __typename?: 'InquiryChangeEdge';
  /** Opaque cursor of this edge; pass the last one as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The change. */
  node: InquiryChange;
};

/** How an inquiry travels between agencies. */
export type InquiryChannel =
  /** Electronically, over a direct link between the two agencies. */
  | 'DIRECT'
  /** Electronically, through the National Information Exchange Centre (NIX), the one legal channel. */
  | 'NIX'
  /** On paper. */
  | 'PAPER';

/** A page of inquiries (Relay connection), ordered by id. */
export type InquiryConnection = {
  __typename?: 'InquiryConnection';
  /** The inquiries of this page. */
  edges: Array<InquiryEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many inquiries match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of an inquiry connection. */
export type InquiryEdge = {
  __typename?: 'InquiryEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The inquiry. */
  node: Inquiry;
};

/** Which inquiries to list. */
export type InquiryFilter = {
  /** Only inquiries travelling by this channel. */
  channel?: InputMaybe<InquiryChannel>;
  /** Only inquiries answered by this agency. */
  providerId?: InputMaybe<Scalars['ID']['input']>;
  /** Words in the Persian or English name or the code (Persian-aware: ي=ی, ك=ک, zero-width non-joiners and spacing ignored, any digits). */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** The kind of record a change is to. */
export type InquiryRecordKind =
  /** The inquiry itself. */
  | 'INQUIRY'
  /** A service's need for the inquiry (a link). */
  | 'REQUIREMENT';

/** Totals of the inquiries. */
export type InquiryStats = {
  __typename?: 'InquiryStats';
  /** Share of those edges whose inquiry is electronic (not on paper), 0..1. */
  electronicShare: Scalars['Float']['output'];
  /** Kinds of inquiry. */
  inquiries: Scalars['Int']['output'];
  /** Service-needs-inquiry edges: distinct (service, inquiry) pairs. */
  links: Scalars['Int']['output'];
  /** Share of those edges whose inquiry travels on paper, 0..1. */
  paperShare: Scalars['Float']['output'];
};

/** Persian text with its English translation. */
export type LocalizedText = {
  __typename?: 'LocalizedText';
  /** The English translation; null where none is known. */
  en?: Maybe<Scalars['String']['output']>;
  /** The Persian text, as the sources write it (with Persian ی, ک and zero-width non-joiners). */
  fa: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Record that a service now needs an inquiry (CONFLICT if it already does). Needs a bearer token of an editor of the agency delivering the service, or an admin. Recorded and idempotent as setInquiryChannel. The service's counts, the agency network and the paper report include the change when this answers; the impact figures (Agency.impact, criticalProviders, criticalProviderRanking) follow once the reach is refreshed after the commit, which the write awaits for at most 3 seconds (at the largest data sets it takes longer). */
  addServiceInquiry: InquiryChange;
  /** Correct an inquiry's name. Needs a bearer token of an editor of the agency answering it, or an admin; CONFLICT when another inquiry has the name. Versioned, recorded and idempotent as setInquiryChannel. */
  renameInquiry: Inquiry;
  /** Record that a service no longer needs an inquiry, neither itself nor through its sub-services (CONFLICT if it does not). Needs a bearer token of an editor of the agency delivering the service, or an admin. Recorded and idempotent as setInquiryChannel. Its figures follow as addServiceInquiry's. */
  retireServiceInquiry: InquiryChange;
  /** Change the channel an inquiry travels by (PAPER to NIX or DIRECT: digitising it). Needs a bearer token of an editor of the agency answering the inquiry, or an admin (UNAUTHENTICATED without one, FORBIDDEN for another agency). Bumps the inquiry's version and records the change in its history in the same transaction. An Idempotency-Key header makes a retry return the first result (per caller, 24 hours). */
  setInquiryChannel: Inquiry;
};


export type MutationAddServiceInquiryArgs = {
  inquiryId: Scalars['ID']['input'];
  serviceId: Scalars['ID']['input'];
};


export type MutationRenameInquiryArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  nameEn?: InputMaybe<Scalars['String']['input']>;
  nameFa: Scalars['String']['input'];
};


export type MutationRetireServiceInquiryArgs = {
  inquiryId: Scalars['ID']['input'];
  serviceId: Scalars['ID']['input'];
};


export type MutationSetInquiryChannelArgs = {
  channel: InquiryChannel;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};

/** Relay page information of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last edge, or null for an empty page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow the last edge of this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items precede the first edge of this page (that is, when `after` was given). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first edge, or null for an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** The paper-inquiry report: one row per consumer agency, most paper links first (ties by agency id), with the totals over every agency. */
export type PaperInquiryReport = {
  __typename?: 'PaperInquiryReport';
  /** The agencies of this page. */
  edges: Array<AgencyPaperInquiriesEdge>;
  /** Service-needs-inquiry links over every agency; equals `inquiryStats.links`. */
  links: Scalars['Int']['output'];
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** Of those, links whose inquiry travels on paper. */
  paperLinks: Scalars['Int']['output'];
  /** paperLinks / links, 0..1; equals `inquiryStats.paperShare`. */
  paperShare: Scalars['Float']['output'];
  /** How many consumer agencies, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A priority project, as the inquiries subgraph sees it: what its services need from whom. */
export type PriorityProject = {
  __typename?: 'PriorityProject';
  /** The agencies that carry the project out (owned by the projects subgraph). */
  agencies: Array<Agency>;
  /** The project's services found by their inquiries: the same criteria and orders as `Query.findServices`, among the services the project owns (the projects subgraph's, through @requires); NAME order allowed. */
  findServices: ServiceConnection;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** The inquiries the project's services and sub-services need, and who answers them. */
  inquiryProfile: ProjectInquiryProfile;
  /** The services the project owns (owned by the projects subgraph). */
  services: Array<Service>;
  /** The sub-services the project owns (owned by the projects subgraph). */
  subServices: Array<SubService>;
};


/** A priority project, as the inquiries subgraph sees it: what its services need from whom. */
export type PriorityProjectFindServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceFinderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ServiceFinderOrder>;
};

/** The inquiries a priority project's services and sub-services need. */
export type ProjectInquiryProfile = {
  __typename?: 'ProjectInquiryProfile';
  /** The providers that are not among the project's own agencies, ordered by id. */
  externalProviders: Array<Agency>;
  /** Those inquiries, ordered by id. */
  inquiries: Array<Inquiry>;
  /** Distinct inquiries needed by the project's services and sub-services. */
  inquiryCount: Scalars['Int']['output'];
  /** How many of them travel on paper. */
  paperInquiryCount: Scalars['Int']['output'];
  /** paperInquiryCount / inquiryCount, 0..1 (0 when there are none). */
  paperShare: Scalars['Float']['output'];
  /** The distinct agencies that answer them, ordered by id. */
  providers: Array<Agency>;
};

export type Query = {
  __typename?: 'Query';
  /** The agency network: weighted edges consumer agency → provider agency, heaviest first (ties by consumer id, then provider id). */
  agencyDependencies: AgencyDependencyConnection;
  /** The whole agency network in one answer (no paging), for a download; `/downloads/agency-network.graphml` on the gateway serves it as GraphML. */
  agencyNetwork: AgencyNetwork;
  /** The whole critical-provider ranking, paginated: the same order and counts as `criticalProviders`. */
  criticalProviderRanking: CriticalProviderConnection;
  /**
   * Provider agencies ranked by the services that stop if their inquiries go down, directly and down the chains (most first; ties by direct services, then id).
   * @deprecated At most 100 providers: use `criticalProviderRanking`, a connection over the whole ranking.
   */
  criticalProviders: Array<CriticalProvider>;
  /** The best `first` paper inquiries to digitise, in order, each with the services it frees (computed, not written). BAD_USER_INPUT when `first` is outside 1..100 or an id is malformed; an unknown project is BAD_USER_INPUT from the projects subgraph. */
  digitisationPlan: DigitisationPlan;
  /** What digitising these paper inquiries would free, and the paper shares after (computed, not written). BAD_USER_INPUT for an empty list, more than 100 ids, an unknown inquiry or one not on paper. */
  digitisationWhatIf: DigitisationWhatIf;
  /** Services found by their inquiries: by agency, inquiry channel, provider agency and inquiry-count range, ordered by inquiry count, paper inquiries or Persian name. Lists services needing at least one inquiry (the inquiries subgraph knows no others). For an owning project use `PriorityProject.findServices`. */
  findServices: ServiceConnection;
  /** Inquiries, ordered by id. */
  inquiries: InquiryConnection;
  /** One inquiry by id, or null if there is none. */
  inquiry?: Maybe<Inquiry>;
  /** Changes to inquiries and to services' needs for them, oldest first (in the order they committed), for consumers that sync: pass the last endCursor as `after` to get what changed since. A change is listed once every transaction that began before it has ended, so no page boundary skips or repeats one. */
  inquiryChanges: InquiryChangeConnection;
  /** The paper and NIX shares of the inquiry links over time, one point per period (at most 1,000), summed from the changes' history; the last period's point is the links as they stand. */
  inquiryChannelTrend: Array<ChannelSharePoint>;
  /** Totals of the inquiries. */
  inquiryStats: InquiryStats;
  /** Per consumer agency: links, paper links, paper share and the services still needing a paper inquiry; most paper links first. */
  paperInquiryReport: PaperInquiryReport;
  /** Services with more than `moreThan` inquiries, most first (ties by id). */
  servicesByInquiryCount: ServiceConnection;
};


export type QueryAgencyDependenciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minLinks?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAgencyNetworkArgs = {
  minLinks?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCriticalProviderRankingArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCriticalProvidersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDigitisationPlanArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  providerAgencyId?: InputMaybe<Scalars['ID']['input']>;
  weighting?: InputMaybe<DigitisationWeighting>;
};


export type QueryDigitisationWhatIfArgs = {
  inquiryIds: Array<Scalars['ID']['input']>;
};


export type QueryFindServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceFinderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ServiceFinderOrder>;
};


export type QueryInquiriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InquiryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInquiryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInquiryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
};


export type QueryInquiryChannelTrendArgs = {
  consumerAgencyId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  interval?: InputMaybe<TrendInterval>;
  providerAgencyId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPaperInquiryReportArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryServicesByInquiryCountArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  moreThan: Scalars['Int']['input'];
};

/** A service, as the inquiries subgraph sees it: the inquiries in its process. */
export type Service = {
  __typename?: 'Service';
  /** Every inquiry reachable from the service: its own (depth 1), then those of the services answering them, and so on; each inquiry once, at its shallowest depth (ties: the smallest path), ordered by depth and path. */
  dependencyChain: Array<DependencyStep>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** The inquiries in the service's process, its sub-services' included, each once, ordered by id. */
  inquiries: Array<Inquiry>;
  /** How many distinct inquiries the service's process needs. */
  inquiryCount: Scalars['Int']['output'];
  /** The service's name (owned by the catalogue); what `PriorityProject.findServices` sorts by (`Query.findServices` sorts by the inquiries subgraph's copy). */
  name: LocalizedText;
  /** The service's inquiries that still travel on paper, ordered by id. */
  paperInquiries: Array<Inquiry>;
  /** How many of those inquiries still travel on paper. */
  paperInquiryCount: Scalars['Int']['output'];
  /** The distinct agencies that answer the service's inquiries, ordered by id. */
  providerAgencies: Array<Agency>;
  /** How many distinct inquiries `dependencyChain` reaches with the same `maxDepth` (with 1, the same as `inquiryCount`). */
  transitiveInquiryCount: Scalars['Int']['output'];
};


/** A service, as the inquiries subgraph sees it: the inquiries in its process. */
export type ServiceDependencyChainArgs = {
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
};


/** A service, as the inquiries subgraph sees it: the inquiries in its process. */
export type ServiceTransitiveInquiryCountArgs = {
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of services (Relay connection). */
export type ServiceConnection = {
  __typename?: 'ServiceConnection';
  /** The services of this page. */
  edges: Array<ServiceEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many services match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of a service connection. */
export type ServiceEdge = {
  __typename?: 'ServiceEdge';
  /** Opaque cursor of this edge; stable for the same item and ordering. */
  cursor: Scalars['String']['output'];
  /** The service. */
  node: Service;
};

/** Which services to find by their inquiries; every criterion given must hold. */
export type ServiceFinderFilter = {
  /** Only services of this agency. */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only services needing at least one inquiry that travels by this channel. */
  channel?: InputMaybe<InquiryChannel>;
  /** Only services needing at most this many distinct inquiries (0 or more). */
  maxInquiryCount?: InputMaybe<Scalars['Int']['input']>;
  /** Only services needing at least this many distinct inquiries (0 or more). */
  minInquiryCount?: InputMaybe<Scalars['Int']['input']>;
  /** Only services needing at least one inquiry this agency answers. */
  providerId?: InputMaybe<Scalars['ID']['input']>;
};

/** How a list of services found by their inquiries is ordered; ties are broken by service id, ascending. */
export type ServiceFinderOrder =
  /** Fewest inquiries first. */
  | 'INQUIRY_COUNT_ASC'
  /** Most inquiries first. */
  | 'INQUIRY_COUNT_DESC'
  /** By Persian name (Persian collation, then id). The catalogue owns the names: `PriorityProject.findServices` sorts by the names the gateway sends with the project; `Query.findServices` by the inquiries subgraph's copy of them, which follows the catalogue's renames (catalogueChanges) within CATALOGUE_FOLLOW_INTERVAL_MS. */
  | 'NAME'
  /** Fewest paper inquiries first. */
  | 'PAPER_INQUIRY_COUNT_ASC'
  /** Most paper inquiries first. */
  | 'PAPER_INQUIRY_COUNT_DESC';

/** A sub-service, as the inquiries subgraph sees it. */
export type SubService = {
  __typename?: 'SubService';
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** The inquiries this sub-service needs, ordered by id. */
  inquiries: Array<Inquiry>;
  /** How many distinct inquiries this sub-service needs. */
  inquiryCount: Scalars['Int']['output'];
};

/** How long each point of a trend spans. */
export type TrendInterval =
  /** A calendar day (UTC). */
  | 'DAY'
  /** A calendar month (UTC). */
  | 'MONTH';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Agency: Agency;
  DigitisationPlan: DigitisationPlan;
  DigitisationWhatIf: DigitisationWhatIf;
  Impact: Impact;
  Inquiry: Inquiry;
  PriorityProject: PriorityProject;
  Service: Service;
  SubService: SubService;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Agency:
    ( { __typename: 'Agency' }
    & GraphQLRecursivePick<FederationTypes['Agency'], {"id":true}> );
  DigitisationPlan:
    ( { __typename: 'DigitisationPlan' }
    & GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}>
        | GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"scopeServiceIds":true,"scopeSubServiceIds":true}> ) );
  DigitisationWhatIf:
    ( { __typename: 'DigitisationWhatIf' }
    & GraphQLRecursivePick<FederationTypes['DigitisationWhatIf'], {"id":true}> );
  Impact:
    ( { __typename: 'Impact' }
    & GraphQLRecursivePick<FederationTypes['Impact'], {"id":true}> );
  Inquiry:
    ( { __typename: 'Inquiry' }
    & GraphQLRecursivePick<FederationTypes['Inquiry'], {"id":true}> );
  PriorityProject:
    ( { __typename: 'PriorityProject' }
    & GraphQLRecursivePick<FederationTypes['PriorityProject'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['PriorityProject'], {"services":{"id":true,"name":{"fa":true}}}>
        | GraphQLRecursivePick<FederationTypes['PriorityProject'], {"services":{"id":true},"subServices":{"id":true},"agencies":{"id":true}}>
        | GraphQLRecursivePick<FederationTypes['PriorityProject'], {"services":{"id":true},"subServices":{"id":true},"agencies":{"id":true}}> ) );
  Service:
    ( { __typename: 'Service' }
    & GraphQLRecursivePick<FederationTypes['Service'], {"id":true}> );
  SubService:
    ( { __typename: 'SubService' }
    & GraphQLRecursivePick<FederationTypes['SubService'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Agency: ResolverTypeWrapper<ReferenceRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AgencyDependency: ResolverTypeWrapper<DependencyRowRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  AgencyDependencyConnection: ResolverTypeWrapper<Omit<AgencyDependencyConnection, 'edges'> & { edges: Array<ResolversTypes['AgencyDependencyEdge']> }>;
  AgencyDependencyEdge: ResolverTypeWrapper<Omit<AgencyDependencyEdge, 'node'> & { node: ResolversTypes['AgencyDependency'] }>;
  AgencyInquirySummary: ResolverTypeWrapper<AgencyInquirySummary>;
  AgencyNetwork: ResolverTypeWrapper<Omit<AgencyNetwork, 'agencies' | 'edges'> & { agencies: Array<ResolversTypes['Agency']>, edges: Array<ResolversTypes['AgencyDependency']> }>;
  AgencyPaperChange: ResolverTypeWrapper<AgencyChangeRow>;
  AgencyPaperInquiries: ResolverTypeWrapper<PaperRowRow>;
  AgencyPaperInquiriesEdge: ResolverTypeWrapper<Omit<AgencyPaperInquiriesEdge, 'node'> & { node: ResolversTypes['AgencyPaperInquiries'] }>;
  ChannelSharePoint: ResolverTypeWrapper<ChannelSharePointRow>;
  CriticalProvider: ResolverTypeWrapper<Omit<CriticalProvider, 'agency'> & { agency: ResolversTypes['Agency'] }>;
  CriticalProviderConnection: ResolverTypeWrapper<Omit<CriticalProviderConnection, 'edges'> & { edges: Array<ResolversTypes['CriticalProviderEdge']> }>;
  CriticalProviderEdge: ResolverTypeWrapper<Omit<CriticalProviderEdge, 'node'> & { node: ResolversTypes['CriticalProvider'] }>;
  DependencyStep: ResolverTypeWrapper<DependencyStepRowRow>;
  DigitisationMove: ResolverTypeWrapper<ComputedMoveRow>;
  DigitisationPlan: ResolverTypeWrapper<PlanKeyRow>;
  DigitisationWeighting: DigitisationWeighting;
  DigitisationWhatIf: ResolverTypeWrapper<WhatIfKeyRow>;
  Impact: ResolverTypeWrapper<ImpactKeyRow>;
  ImpactServiceConnection: ResolverTypeWrapper<Omit<ImpactServiceConnection, 'edges'> & { edges: Array<ResolversTypes['ImpactServiceEdge']> }>;
  ImpactServiceEdge: ResolverTypeWrapper<Omit<ImpactServiceEdge, 'node'> & { node: ResolversTypes['Service'] }>;
  Inquiry: ResolverTypeWrapper<InquiryRow>;
  InquiryChange: ResolverTypeWrapper<InquiryChangeRow>;
  InquiryChangeAction: InquiryChangeAction;
  InquiryChangeConnection: ResolverTypeWrapper<Omit<InquiryChangeConnection, 'edges'> & { edges: Array<ResolversTypes['InquiryChangeEdge']> }>;
  InquiryChangeEdge: ResolverTypeWrapper<Omit<InquiryChangeEdge, 'node'> & { node: ResolversTypes['InquiryChange'] }>;
  InquiryChannel: InquiryChannel;
  InquiryConnection: ResolverTypeWrapper<Omit<InquiryConnection, 'edges'> & { edges: Array<ResolversTypes['InquiryEdge']> }>;
  InquiryEdge: ResolverTypeWrapper<Omit<InquiryEdge, 'node'> & { node: ResolversTypes['Inquiry'] }>;
  InquiryFilter: InquiryFilter;
  InquiryRecordKind: InquiryRecordKind;
  InquiryStats: ResolverTypeWrapper<InquiryStats>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LocalizedText: ResolverTypeWrapper<LocalizedText>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PaperInquiryReport: ResolverTypeWrapper<Omit<PaperInquiryReport, 'edges'> & { edges: Array<ResolversTypes['AgencyPaperInquiriesEdge']> }>;
  PriorityProject: ResolverTypeWrapper<ProjectNeedsRow>;
  ProjectInquiryProfile: ResolverTypeWrapper<Omit<ProjectInquiryProfile, 'externalProviders' | 'inquiries' | 'providers'> & { externalProviders: Array<ResolversTypes['Agency']>, inquiries: Array<ResolversTypes['Inquiry']>, providers: Array<ResolversTypes['Agency']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Service: ResolverTypeWrapper<ReferenceRow>;
  ServiceConnection: ResolverTypeWrapper<Omit<ServiceConnection, 'edges'> & { edges: Array<ResolversTypes['ServiceEdge']> }>;
  ServiceEdge: ResolverTypeWrapper<Omit<ServiceEdge, 'node'> & { node: ResolversTypes['Service'] }>;
  ServiceFinderFilter: ServiceFinderFilter;
  ServiceFinderOrder: ServiceFinderOrder;
  SubService: ResolverTypeWrapper<ReferenceRow>;
  TrendInterval: TrendInterval;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Agency: ReferenceRow;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AgencyDependency: DependencyRowRow;
  Float: Scalars['Float']['output'];
  AgencyDependencyConnection: Omit<AgencyDependencyConnection, 'edges'> & { edges: Array<ResolversParentTypes['AgencyDependencyEdge']> };
  AgencyDependencyEdge: Omit<AgencyDependencyEdge, 'node'> & { node: ResolversParentTypes['AgencyDependency'] };
  AgencyInquirySummary: AgencyInquirySummary;
  AgencyNetwork: Omit<AgencyNetwork, 'agencies' | 'edges'> & { agencies: Array<ResolversParentTypes['Agency']>, edges: Array<ResolversParentTypes['AgencyDependency']> };
  AgencyPaperChange: AgencyChangeRow;
  AgencyPaperInquiries: PaperRowRow;
  AgencyPaperInquiriesEdge: Omit<AgencyPaperInquiriesEdge, 'node'> & { node: ResolversParentTypes['AgencyPaperInquiries'] };
  ChannelSharePoint: ChannelSharePointRow;
  CriticalProvider: Omit<CriticalProvider, 'agency'> & { agency: ResolversParentTypes['Agency'] };
  CriticalProviderConnection: Omit<CriticalProviderConnection, 'edges'> & { edges: Array<ResolversParentTypes['CriticalProviderEdge']> };
  CriticalProviderEdge: Omit<CriticalProviderEdge, 'node'> & { node: ResolversParentTypes['CriticalProvider'] };
  DependencyStep: DependencyStepRowRow;
  DigitisationMove: ComputedMoveRow;
  DigitisationPlan: PlanKeyRow;
  DigitisationWhatIf: WhatIfKeyRow;
  Impact: ImpactKeyRow;
  ImpactServiceConnection: Omit<ImpactServiceConnection, 'edges'> & { edges: Array<ResolversParentTypes['ImpactServiceEdge']> };
  ImpactServiceEdge: Omit<ImpactServiceEdge, 'node'> & { node: ResolversParentTypes['Service'] };
  Inquiry: InquiryRow;
  InquiryChange: InquiryChangeRow;
  InquiryChangeConnection: Omit<InquiryChangeConnection, 'edges'> & { edges: Array<ResolversParentTypes['InquiryChangeEdge']> };
  InquiryChangeEdge: Omit<InquiryChangeEdge, 'node'> & { node: ResolversParentTypes['InquiryChange'] };
  InquiryConnection: Omit<InquiryConnection, 'edges'> & { edges: Array<ResolversParentTypes['InquiryEdge']> };
  InquiryEdge: Omit<InquiryEdge, 'node'> & { node: ResolversParentTypes['Inquiry'] };
  InquiryFilter: InquiryFilter;
  InquiryStats: InquiryStats;
  JSON: Scalars['JSON']['output'];
  LocalizedText: LocalizedText;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PaperInquiryReport: Omit<PaperInquiryReport, 'edges'> & { edges: Array<ResolversParentTypes['AgencyPaperInquiriesEdge']> };
  PriorityProject: ProjectNeedsRow;
  ProjectInquiryProfile: Omit<ProjectInquiryProfile, 'externalProviders' | 'inquiries' | 'providers'> & { externalProviders: Array<ResolversParentTypes['Agency']>, inquiries: Array<ResolversParentTypes['Inquiry']>, providers: Array<ResolversParentTypes['Agency']> };
  Query: Record<PropertyKey, never>;
  Service: ReferenceRow;
  ServiceConnection: Omit<ServiceConnection, 'edges'> & { edges: Array<ResolversParentTypes['ServiceEdge']> };
  ServiceEdge: Omit<ServiceEdge, 'node'> & { node: ResolversParentTypes['Service'] };
  ServiceFinderFilter: ServiceFinderFilter;
  SubService: ReferenceRow;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
};

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = InquiriesContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AgencyResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency'], FederationReferenceType extends FederationReferenceTypes['Agency'] = FederationReferenceTypes['Agency']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Agency']> | FederationReferenceType, FederationReferenceType, ContextType>;
  dependedOnBy?: Resolver<ResolversTypes['AgencyDependencyConnection'], ParentType, ContextType, RequireFields<AgencyDependedOnByArgs, 'first'>>;
  dependentServices?: Resolver<ResolversTypes['ServiceConnection'], ParentType, ContextType, RequireFields<AgencyDependentServicesArgs, 'first'>>;
  dependsOn?: Resolver<ResolversTypes['AgencyDependencyConnection'], ParentType, ContextType, RequireFields<AgencyDependsOnArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  impact?: Resolver<ResolversTypes['Impact'], ParentType, ContextType, RequireFields<AgencyImpactArgs, 'maxDepth'>>;
  inquiriesProvided?: Resolver<Array<ResolversTypes['Inquiry']>, ParentType, ContextType>;
  inquirySummary?: Resolver<ResolversTypes['AgencyInquirySummary'], ParentType, ContextType>;
};

export type AgencyDependencyResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['AgencyDependency'] = ResolversParentTypes['AgencyDependency']> = {
  consumer?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  links?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paperLinks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paperShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  services?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgencyDependencyConnectionResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['AgencyDependencyConnection'] = ResolversParentTypes['AgencyDependencyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AgencyDependencyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgencyDependencyEdgeResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['AgencyDependencyEdge'] = ResolversParentTypes['AgencyDependencyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AgencyDependency'], ParentType, ContextType>;
};

export type AgencyInquirySummaryResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['AgencyInquirySummary'] = ResolversParentTypes['AgencyInquirySummary']> = {
  dependentServices?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inquiriesNeeded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inquiriesProvided?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  links?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paperInquiriesProvided?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paperLinks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paperShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  servicesNeedingInquiries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgencyNetworkResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['AgencyNetwork'] = ResolversParentTypes['AgencyNetwork']> = {
  agencies?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AgencyDependency']>, ParentType, ContextType>;
  links?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paperLinks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgencyPaperChangeResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['AgencyPaperChange'] = ResolversParentTypes['AgencyPaperChange']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  links?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paperLinksAfter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paperLinksBefore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paperShareAfter?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  paperShareBefore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  servicesFreed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgencyPaperInquiriesResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['AgencyPaperInquiries'] = ResolversParentTypes['AgencyPaperInquiries']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  links?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paperLinks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paperServiceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paperServices?: Resolver<ResolversTypes['ServiceConnection'], ParentType, ContextType, RequireFields<AgencyPaperInquiriesPaperServicesArgs, 'first'>>;
  paperShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type AgencyPaperInquiriesEdgeResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['AgencyPaperInquiriesEdge'] = ResolversParentTypes['AgencyPaperInquiriesEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AgencyPaperInquiries'], ParentType, ContextType>;
};

export type ChannelSharePointResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['ChannelSharePoint'] = ResolversParentTypes['ChannelSharePoint']> = {
  links?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nixLinks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nixShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  paperLinks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paperShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodJalali?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CriticalProviderResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['CriticalProvider'] = ResolversParentTypes['CriticalProvider']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  directServices?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  transitiveServices?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CriticalProviderConnectionResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['CriticalProviderConnection'] = ResolversParentTypes['CriticalProviderConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CriticalProviderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CriticalProviderEdgeResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['CriticalProviderEdge'] = ResolversParentTypes['CriticalProviderEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CriticalProvider'], ParentType, ContextType>;
};

export type DependencyStepResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['DependencyStep'] = ResolversParentTypes['DependencyStep']> = {
  cycle?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inquiry?: Resolver<ResolversTypes['Inquiry'], ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
};

export type DigitisationMoveResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['DigitisationMove'] = ResolversParentTypes['DigitisationMove']> = {
  gain?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  inquiry?: Resolver<ResolversTypes['Inquiry'], ParentType, ContextType>;
  paperShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  servicesFreed?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  servicesFreedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalGain?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  totalServicesFreed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DigitisationPlanResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['DigitisationPlan'] = ResolversParentTypes['DigitisationPlan'], FederationReferenceType extends FederationReferenceTypes['DigitisationPlan'] = FederationReferenceTypes['DigitisationPlan']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DigitisationPlan']> | FederationReferenceType, FederationReferenceType, ContextType>;
  candidateCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  exact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  moves?: Resolver<Array<ResolversTypes['DigitisationMove']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  servicesFreed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalGain?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  upperBound?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  weighting?: Resolver<ResolversTypes['DigitisationWeighting'], ParentType, ContextType>;
  whatIf?: Resolver<ResolversTypes['DigitisationWhatIf'], ParentType, ContextType>;
};

export type DigitisationWhatIfResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['DigitisationWhatIf'] = ResolversParentTypes['DigitisationWhatIf'], FederationReferenceType extends FederationReferenceTypes['DigitisationWhatIf'] = FederationReferenceTypes['DigitisationWhatIf']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DigitisationWhatIf']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agencies?: Resolver<Array<ResolversTypes['AgencyPaperChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inquiries?: Resolver<Array<ResolversTypes['Inquiry']>, ParentType, ContextType>;
  links?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paperLinksAfter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paperLinksBefore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paperShareAfter?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  paperShareBefore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  serviceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  subServices?: Resolver<Array<ResolversTypes['SubService']>, ParentType, ContextType>;
};

export type ImpactResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['Impact'] = ResolversParentTypes['Impact'], FederationReferenceType extends FederationReferenceTypes['Impact'] = FederationReferenceTypes['Impact']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Impact']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  directServices?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxDepth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  services?: Resolver<ResolversTypes['ImpactServiceConnection'], ParentType, ContextType, RequireFields<ImpactServicesArgs, 'first'>>;
  transitiveServices?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImpactServiceConnectionResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['ImpactServiceConnection'] = ResolversParentTypes['ImpactServiceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ImpactServiceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImpactServiceEdgeResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['ImpactServiceEdge'] = ResolversParentTypes['ImpactServiceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
};

export type InquiryResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['Inquiry'] = ResolversParentTypes['Inquiry'], FederationReferenceType extends FederationReferenceTypes['Inquiry'] = FederationReferenceTypes['Inquiry']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Inquiry']> | FederationReferenceType, FederationReferenceType, ContextType>;
  answeredBy?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['InquiryChannel'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAtJalali?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  electronic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  generated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['InquiryChangeConnection'], ParentType, ContextType, RequireFields<InquiryHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  neededBy?: Resolver<ResolversTypes['ServiceConnection'], ParentType, ContextType, RequireFields<InquiryNeededByArgs, 'first'>>;
  neededByCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAtJalali?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InquiryChangeResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['InquiryChange'] = ResolversParentTypes['InquiryChange']> = {
  action?: Resolver<ResolversTypes['InquiryChangeAction'], ParentType, ContextType>;
  after?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  atJalali?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  generated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inquiry?: Resolver<ResolversTypes['Inquiry'], ParentType, ContextType>;
  recordKind?: Resolver<ResolversTypes['InquiryRecordKind'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InquiryChangeConnectionResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['InquiryChangeConnection'] = ResolversParentTypes['InquiryChangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InquiryChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InquiryChangeEdgeResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['InquiryChangeEdge'] = ResolversParentTypes['InquiryChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['InquiryChange'], ParentType, ContextType>;
};

export type InquiryConnectionResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['InquiryConnection'] = ResolversParentTypes['InquiryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InquiryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InquiryEdgeResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['InquiryEdge'] = ResolversParentTypes['InquiryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Inquiry'], ParentType, ContextType>;
};

export type InquiryStatsResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['InquiryStats'] = ResolversParentTypes['InquiryStats']> = {
  electronicShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  inquiries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  links?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paperShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LocalizedTextResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['LocalizedText'] = ResolversParentTypes['LocalizedText']> = {
  en?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fa?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addServiceInquiry?: Resolver<ResolversTypes['InquiryChange'], ParentType, ContextType, RequireFields<MutationAddServiceInquiryArgs, 'inquiryId' | 'serviceId'>>;
  renameInquiry?: Resolver<ResolversTypes['Inquiry'], ParentType, ContextType, RequireFields<MutationRenameInquiryArgs, 'id' | 'nameFa'>>;
  retireServiceInquiry?: Resolver<ResolversTypes['InquiryChange'], ParentType, ContextType, RequireFields<MutationRetireServiceInquiryArgs, 'inquiryId' | 'serviceId'>>;
  setInquiryChannel?: Resolver<ResolversTypes['Inquiry'], ParentType, ContextType, RequireFields<MutationSetInquiryChannelArgs, 'channel' | 'id'>>;
};

export type PageInfoResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PaperInquiryReportResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['PaperInquiryReport'] = ResolversParentTypes['PaperInquiryReport']> = {
  edges?: Resolver<Array<ResolversTypes['AgencyPaperInquiriesEdge']>, ParentType, ContextType>;
  links?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  paperLinks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paperShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PriorityProjectResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['PriorityProject'] = ResolversParentTypes['PriorityProject'], FederationReferenceType extends FederationReferenceTypes['PriorityProject'] = FederationReferenceTypes['PriorityProject']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PriorityProject']> | FederationReferenceType, FederationReferenceType, ContextType>;
  findServices?: Resolver<ResolversTypes['ServiceConnection'], ParentType, ContextType, RequireFields<PriorityProjectFindServicesArgs, 'first' | 'orderBy'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inquiryProfile?: Resolver<ResolversTypes['ProjectInquiryProfile'], ParentType, ContextType>;
};

export type ProjectInquiryProfileResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['ProjectInquiryProfile'] = ResolversParentTypes['ProjectInquiryProfile']> = {
  externalProviders?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType>;
  inquiries?: Resolver<Array<ResolversTypes['Inquiry']>, ParentType, ContextType>;
  inquiryCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paperInquiryCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paperShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  providers?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  agencyDependencies?: Resolver<ResolversTypes['AgencyDependencyConnection'], ParentType, ContextType, RequireFields<QueryAgencyDependenciesArgs, 'first' | 'minLinks'>>;
  agencyNetwork?: Resolver<ResolversTypes['AgencyNetwork'], ParentType, ContextType, RequireFields<QueryAgencyNetworkArgs, 'minLinks'>>;
  criticalProviderRanking?: Resolver<ResolversTypes['CriticalProviderConnection'], ParentType, ContextType, RequireFields<QueryCriticalProviderRankingArgs, 'first' | 'maxDepth'>>;
  criticalProviders?: Resolver<Array<ResolversTypes['CriticalProvider']>, ParentType, ContextType, RequireFields<QueryCriticalProvidersArgs, 'first' | 'maxDepth'>>;
  digitisationPlan?: Resolver<ResolversTypes['DigitisationPlan'], ParentType, ContextType, RequireFields<QueryDigitisationPlanArgs, 'first' | 'weighting'>>;
  digitisationWhatIf?: Resolver<ResolversTypes['DigitisationWhatIf'], ParentType, ContextType, RequireFields<QueryDigitisationWhatIfArgs, 'inquiryIds'>>;
  findServices?: Resolver<ResolversTypes['ServiceConnection'], ParentType, ContextType, RequireFields<QueryFindServicesArgs, 'first' | 'orderBy'>>;
  inquiries?: Resolver<ResolversTypes['InquiryConnection'], ParentType, ContextType, RequireFields<QueryInquiriesArgs, 'first'>>;
  inquiry?: Resolver<Maybe<ResolversTypes['Inquiry']>, ParentType, ContextType, RequireFields<QueryInquiryArgs, 'id'>>;
  inquiryChanges?: Resolver<ResolversTypes['InquiryChangeConnection'], ParentType, ContextType, RequireFields<QueryInquiryChangesArgs, 'first'>>;
  inquiryChannelTrend?: Resolver<Array<ResolversTypes['ChannelSharePoint']>, ParentType, ContextType, RequireFields<QueryInquiryChannelTrendArgs, 'interval'>>;
  inquiryStats?: Resolver<ResolversTypes['InquiryStats'], ParentType, ContextType>;
  paperInquiryReport?: Resolver<ResolversTypes['PaperInquiryReport'], ParentType, ContextType, RequireFields<QueryPaperInquiryReportArgs, 'first'>>;
  servicesByInquiryCount?: Resolver<ResolversTypes['ServiceConnection'], ParentType, ContextType, RequireFields<QueryServicesByInquiryCountArgs, 'first' | 'moreThan'>>;
};

export type ServiceResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service'], FederationReferenceType extends FederationReferenceTypes['Service'] = FederationReferenceTypes['Service']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Service']> | FederationReferenceType, FederationReferenceType, ContextType>;
  dependencyChain?: Resolver<Array<ResolversTypes['DependencyStep']>, ParentType, ContextType, RequireFields<ServiceDependencyChainArgs, 'maxDepth'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inquiries?: Resolver<Array<ResolversTypes['Inquiry']>, ParentType, ContextType>;
  inquiryCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paperInquiries?: Resolver<Array<ResolversTypes['Inquiry']>, ParentType, ContextType>;
  paperInquiryCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  providerAgencies?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType>;
  transitiveInquiryCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<ServiceTransitiveInquiryCountArgs, 'maxDepth'>>;
};

export type ServiceConnectionResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['ServiceConnection'] = ResolversParentTypes['ServiceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ServiceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ServiceEdgeResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['ServiceEdge'] = ResolversParentTypes['ServiceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
};

export type SubServiceResolvers<ContextType = InquiriesContext, ParentType extends ResolversParentTypes['SubService'] = ResolversParentTypes['SubService'], FederationReferenceType extends FederationReferenceTypes['SubService'] = FederationReferenceTypes['SubService']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SubService']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inquiries?: Resolver<Array<ResolversTypes['Inquiry']>, ParentType, ContextType>;
  inquiryCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = InquiriesContext> = {
  Agency?: AgencyResolvers<ContextType>;
  AgencyDependency?: AgencyDependencyResolvers<ContextType>;
  AgencyDependencyConnection?: AgencyDependencyConnectionResolvers<ContextType>;
  AgencyDependencyEdge?: AgencyDependencyEdgeResolvers<ContextType>;
  AgencyInquirySummary?: AgencyInquirySummaryResolvers<ContextType>;
  AgencyNetwork?: AgencyNetworkResolvers<ContextType>;
  AgencyPaperChange?: AgencyPaperChangeResolvers<ContextType>;
  AgencyPaperInquiries?: AgencyPaperInquiriesResolvers<ContextType>;
  AgencyPaperInquiriesEdge?: AgencyPaperInquiriesEdgeResolvers<ContextType>;
  ChannelSharePoint?: ChannelSharePointResolvers<ContextType>;
  CriticalProvider?: CriticalProviderResolvers<ContextType>;
  CriticalProviderConnection?: CriticalProviderConnectionResolvers<ContextType>;
  CriticalProviderEdge?: CriticalProviderEdgeResolvers<ContextType>;
  DependencyStep?: DependencyStepResolvers<ContextType>;
  DigitisationMove?: DigitisationMoveResolvers<ContextType>;
  DigitisationPlan?: DigitisationPlanResolvers<ContextType>;
  DigitisationWhatIf?: DigitisationWhatIfResolvers<ContextType>;
  Impact?: ImpactResolvers<ContextType>;
  ImpactServiceConnection?: ImpactServiceConnectionResolvers<ContextType>;
  ImpactServiceEdge?: ImpactServiceEdgeResolvers<ContextType>;
  Inquiry?: InquiryResolvers<ContextType>;
  InquiryChange?: InquiryChangeResolvers<ContextType>;
  InquiryChangeConnection?: InquiryChangeConnectionResolvers<ContextType>;
  InquiryChangeEdge?: InquiryChangeEdgeResolvers<ContextType>;
  InquiryConnection?: InquiryConnectionResolvers<ContextType>;
  InquiryEdge?: InquiryEdgeResolvers<ContextType>;
  InquiryStats?: InquiryStatsResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LocalizedText?: LocalizedTextResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PaperInquiryReport?: PaperInquiryReportResolvers<ContextType>;
  PriorityProject?: PriorityProjectResolvers<ContextType>;
  ProjectInquiryProfile?: ProjectInquiryProfileResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
  ServiceConnection?: ServiceConnectionResolvers<ContextType>;
  ServiceEdge?: ServiceEdgeResolvers<ContextType>;
  SubService?: SubServiceResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = InquiriesContext> = {
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
};

/* Generated from schema/catalogue.graphql by `npm run codegen:subgraphs`: do not edit. */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Agency as AgencyRow, Assessment as AssessmentRow, Service as ServiceRow, SubService as SubServiceRow, CatalogueChange as CatalogueChangeRow } from './entities';
import type { CatalogueContext } from './context';
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

/** An executive agency (دستگاه اجرایی): a ministry, organisation, state company, university or other body that delivers services. */
export type Agency = {
  __typename?: 'Agency';
  /** The agency's overall score in its newest assessment round, percent 0..100; null where it was never assessed. */
  assessmentScore?: Maybe<Scalars['Float']['output']>;
  /** The IT Executive Council's quarterly assessments of the agency's websites and e-services, newest round first. */
  assessments: Array<Assessment>;
  /** Short unique code, e.g. AG-001. */
  code: Scalars['String']['output'];
  /** When the record was created, ISO 8601 timestamp (for seeded records, the start of the seed's generated history). */
  createdAt: Scalars['String']['output'];
  /** When the record was created, in the Jalali calendar, Tehran time (e.g. 1402-09-30T03:30:00+03:30). */
  createdAtJalali: Scalars['String']['output'];
  /** True where the record is synthetic, not named in the sources. */
  generated: Scalars['Boolean']['output'];
  /** Every change to the record, oldest first (in the order they committed). */
  history: CatalogueChangeConnection;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** False for the three bodies outside the government: the Judiciary, the Registration Organisation and Azad University. */
  insideGovernment: Scalars['Boolean']['output'];
  /** The agency's name in Persian and English. */
  name: LocalizedText;
  /** False for the agencies exempt from connecting to the national window, or not yet obliged to (their windowConnection is NOT_CONNECTED); the source's shares are shares of the obliged agencies. */
  obligedToConnect: Scalars['Boolean']['output'];
  /** How many services the agency delivers. */
  serviceCount: Scalars['Int']['output'];
  /** The agency's services, ordered by id. */
  services: ServiceConnection;
  /** When the record last changed, ISO 8601 timestamp. */
  updatedAt: Scalars['String']['output'];
  /** When the record last changed, in the Jalali calendar, Tehran time. */
  updatedAtJalali: Scalars['String']['output'];
  /** Bumps on every change to the record; pass it back as expectedVersion for optimistic concurrency. */
  version: Scalars['Int']['output'];
  /** Connection to the national services window. */
  windowConnection: WindowConnection;
};


/** An executive agency (دستگاه اجرایی): a ministry, organisation, state company, university or other body that delivers services. */
export type AgencyHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An executive agency (دستگاه اجرایی): a ministry, organisation, state company, university or other body that delivers services. */
export type AgencyServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of agencies (Relay connection), ordered by id. */
export type AgencyConnection = {
  __typename?: 'AgencyConnection';
  /** The agencies of this page. */
  edges: Array<AgencyEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many agencies match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of an agency connection. */
export type AgencyEdge = {
  __typename?: 'AgencyEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The agency. */
  node: Agency;
};

/** Which agencies to list. */
export type AgencyFilter = {
  /** Only agencies inside (true) or outside (false) the government. */
  insideGovernment?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only agencies obliged (true) or not obliged (false) to connect to the national window. */
  obligedToConnect?: InputMaybe<Scalars['Boolean']['input']>;
  /** Words in the Persian or English name or the code (Persian-aware, as for services). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only agencies with this window connection. */
  windowConnection?: InputMaybe<WindowConnection>;
};

/** One round of the IT Executive Council secretariat's assessment of an agency, on five indices. */
export type Assessment = {
  __typename?: 'Assessment';
  /** Integration index, percent; null where not assessed. */
  integration?: Maybe<Scalars['Float']['output']>;
  /** Interaction index, percent; null where not assessed (for example, systems closed to the assessors). */
  interaction?: Maybe<Scalars['Float']['output']>;
  /** Overall score, percent 0..100. */
  overall: Scalars['Float']['output'];
  /** Participation index, percent; null where not assessed. */
  participation?: Maybe<Scalars['Float']['output']>;
  /** The Jalali period of the round, e.g. 1396-Q4. */
  period: Scalars['String']['output'];
  /** Round number: 1 (1395), 2 (Shahrivar 1396), 3 (end of 1396). */
  round: Scalars['Int']['output'];
  /** Transaction index, percent; null where not assessed. */
  transaction?: Maybe<Scalars['Float']['output']>;
  /** Web presence index, percent; null where not assessed. */
  webPresence?: Maybe<Scalars['Float']['output']>;
};

/** One change to an agency, a service or a sub-service: who, when, what, before and after. It is also the write's audit entry, recorded in the write's own transaction. */
export type CatalogueChange = {
  __typename?: 'CatalogueChange';
  /** What changed. */
  action: CatalogueChangeAction;
  /** The same values after it. */
  after: Scalars['JSON']['output'];
  /** When it happened, ISO 8601 timestamp. */
  at: Scalars['String']['output'];
  /** When it happened, in the Jalali calendar, Tehran time (e.g. 1402-09-30T03:30:00+03:30). */
  atJalali: Scalars['String']['output'];
  /** The changed values before the change. */
  before?: Maybe<Scalars['JSON']['output']>;
  /** True for generated history, not a real change. */
  generated: Scalars['Boolean']['output'];
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** The record changed, as it is now. */
  record: CatalogueRecord;
  /** The kind of record changed. */
  recordKind: CatalogueRecordKind;
  /** The writer's roles at the time: editor, admin. */
  roles: Array<Scalars['String']['output']>;
  /** The subject (`sub`) of the writer's token. */
  subject: Scalars['String']['output'];
  /** The writer's agency; null for an admin whose token names none. */
  writerAgency?: Maybe<Agency>;
};

/** What a change to the catalogue did. */
export type CatalogueChangeAction =
  /** renameAgency, renameService, renameSubService: the record's name was corrected. */
  | 'RENAME';

/** A page of catalogue changes (Relay connection), oldest first. */
export type CatalogueChangeConnection = {
  __typename?: 'CatalogueChangeConnection';
  /** The changes of this page. */
  edges: Array<CatalogueChangeEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many changes match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of a catalogue change list. */
export type CatalogueChangeEdge = {
  __typename?: 'CatalogueChangeEdge';
  /** Opaque cursor of this edge; pass the last one as `after` to continue. */
  cursor: Scalars['String']['output'];
  /** The change. */
  node: CatalogueChange;
};

/** A record of the catalogue. */
export type CatalogueRecord = Agency | Service | SubService;

/** The kind of catalogue record a change is to. */
export type CatalogueRecordKind =
  /** An agency. */
  | 'AGENCY'
  /** A service. */
  | 'SERVICE'
  /** A sub-service. */
  | 'SUB_SERVICE';

/** Totals of the catalogue. */
export type CatalogueStats = {
  __typename?: 'CatalogueStats';
  /** Executive agencies. */
  agencies: Scalars['Int']['output'];
  /** Licence-issuing services. */
  licenseServices: Scalars['Int']['output'];
  /** Agencies obliged to connect to the national window (the others are exempt or not yet obliged). */
  obligedToConnect: Scalars['Int']['output'];
  /** Services. */
  services: Scalars['Int']['output'];
  /** Sub-services. */
  subServices: Scalars['Int']['output'];
  /** The obliged agencies by their connection to the national window, CONNECTED, CONNECTING, NOT_CONNECTED. */
  windowConnection: Array<WindowConnectionShare>;
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
  /** Correct an agency's name. Needs a bearer token of an editor of that agency, or an admin (UNAUTHENTICATED without one, FORBIDDEN for another agency); CONFLICT when another agency has the name. Bumps the record's version and records the change in its history in the same transaction. An Idempotency-Key header makes a retry return the first result (per caller, 24 hours). */
  renameAgency: Agency;
  /** Correct a service's name. Needs a bearer token of an editor of the agency delivering it, or an admin. Versioned, recorded and idempotent as renameAgency. */
  renameService: Service;
  /** Correct a sub-service's name. Needs a bearer token of an editor of the agency delivering its service, or an admin. Versioned, recorded and idempotent as renameAgency. */
  renameSubService: SubService;
};


export type MutationRenameAgencyArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  nameEn?: InputMaybe<Scalars['String']['input']>;
  nameFa: Scalars['String']['input'];
};


export type MutationRenameServiceArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  nameEn?: InputMaybe<Scalars['String']['input']>;
  nameFa: Scalars['String']['input'];
};


export type MutationRenameSubServiceArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  nameEn?: InputMaybe<Scalars['String']['input']>;
  nameFa: Scalars['String']['input'];
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

export type Query = {
  __typename?: 'Query';
  /** Agencies, ordered by id. */
  agencies: AgencyConnection;
  /** Agencies ranked by `assessmentScore`, highest first (ties by id); agencies never assessed are not ranked. */
  agenciesByAssessment: AgencyConnection;
  /** One agency by id, or null if there is none. */
  agency?: Maybe<Agency>;
  /** Changes to agencies, services and sub-services, oldest first (in the order they committed), for consumers that sync: pass the last endCursor as `after` to get what changed since. A change is listed once every transaction that began before it has ended, so no page boundary skips or repeats one. The inquiries' changes have a feed of their own, inquiryChanges. */
  catalogueChanges: CatalogueChangeConnection;
  /** Totals of the catalogue. */
  catalogueStats: CatalogueStats;
  /** One service by id, or null if there is none. */
  service?: Maybe<Service>;
  /** Services, ordered by id. */
  services: ServiceConnection;
  /** One sub-service by id, or null if there is none. */
  subService?: Maybe<SubService>;
};


export type QueryAgenciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgencyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAgenciesByAssessmentArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAgencyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCatalogueChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
};


export type QueryServiceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySubServiceArgs = {
  id: Scalars['ID']['input'];
};

/** A government service (خدمت) of one agency, as catalogued under the cabinet resolution of 9 Mordad 1397. */
export type Service = {
  __typename?: 'Service';
  /** The agency that delivers the service. */
  agency: Agency;
  /** Short unique code, e.g. SRV-000001. */
  code: Scalars['String']['output'];
  /** When the record was created, ISO 8601 timestamp (for seeded records, the start of the seed's generated history). */
  createdAt: Scalars['String']['output'];
  /** When the record was created, in the Jalali calendar, Tehran time (e.g. 1402-09-30T03:30:00+03:30). */
  createdAtJalali: Scalars['String']['output'];
  /** True where the record is synthetic, not named in the sources. */
  generated: Scalars['Boolean']['output'];
  /** Every change to the record, oldest first (in the order they committed). */
  history: CatalogueChangeConnection;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** True for a licence- or permit-issuing service (مجوز). */
  isLicense: Scalars['Boolean']['output'];
  /** The service's name in Persian and English. */
  name: LocalizedText;
  /** How each step of the service is done. */
  steps: ServiceSteps;
  /** The service's sub-services, ordered by id. */
  subServices: Array<SubService>;
  /** When the record last changed, ISO 8601 timestamp. */
  updatedAt: Scalars['String']['output'];
  /** When the record last changed, in the Jalali calendar, Tehran time. */
  updatedAtJalali: Scalars['String']['output'];
  /** Bumps on every change to the record; pass it back as expectedVersion for optimistic concurrency. */
  version: Scalars['Int']['output'];
};


/** A government service (خدمت) of one agency, as catalogued under the cabinet resolution of 9 Mordad 1397. */
export type ServiceHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** Which services to list. */
export type ServiceFilter = {
  /** Only services of this agency. */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only licence-issuing (true) or other (false) services. */
  isLicense?: InputMaybe<Scalars['Boolean']['input']>;
  /** Words in the Persian or English name or the code. Persian-aware: ي=ی, ك=ک, zero-width non-joiners and spacing ignored, Persian, Arabic or Latin digits alike. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** The three steps of a service: receipt can always be electronic; processing or delivery may have to be physical. */
export type ServiceSteps = {
  __typename?: 'ServiceSteps';
  /** Delivery of the result (تحویل). */
  delivery: StepMode;
  /** Processing (پردازش). */
  processing: StepMode;
  /** Receipt of the request (دریافت). */
  receipt: StepMode;
};

/** Whether a step of a service can be done electronically or needs physical presence. */
export type StepMode =
  /** Done electronically. */
  | 'ELECTRONIC'
  /** Needs the person to be present or paper to move. */
  | 'PHYSICAL';

/** A sub-service (زیرخدمت): one variant or part of a service. */
export type SubService = {
  __typename?: 'SubService';
  /** Short unique code, e.g. SUB-000001. */
  code: Scalars['String']['output'];
  /** When the record was created, ISO 8601 timestamp (for seeded records, the start of the seed's generated history). */
  createdAt: Scalars['String']['output'];
  /** When the record was created, in the Jalali calendar, Tehran time (e.g. 1402-09-30T03:30:00+03:30). */
  createdAtJalali: Scalars['String']['output'];
  /** True where the record is synthetic, not named in the sources. */
  generated: Scalars['Boolean']['output'];
  /** Every change to the record, oldest first (in the order they committed). */
  history: CatalogueChangeConnection;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** The sub-service's name in Persian and English. */
  name: LocalizedText;
  /** The service it belongs to. */
  service: Service;
  /** When the record last changed, ISO 8601 timestamp. */
  updatedAt: Scalars['String']['output'];
  /** When the record last changed, in the Jalali calendar, Tehran time. */
  updatedAtJalali: Scalars['String']['output'];
  /** Bumps on every change to the record; pass it back as expectedVersion for optimistic concurrency. */
  version: Scalars['Int']['output'];
};


/** A sub-service (زیرخدمت): one variant or part of a service. */
export type SubServiceHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Whether an agency is connected to the National Smart Government Services Window (my.gov.ir). */
export type WindowConnection =
  /** Definitively connected. */
  | 'CONNECTED'
  /** Being connected. */
  | 'CONNECTING'
  /** Not connected. */
  | 'NOT_CONNECTED';

/** How many of the agencies obliged to connect to the national window stand at one connection state. */
export type WindowConnectionShare = {
  __typename?: 'WindowConnectionShare';
  /** Obliged agencies in that state. */
  agencies: Scalars['Int']['output'];
  /** The connection state. */
  connection: WindowConnection;
  /** Their share of the obliged agencies, 0..1. */
  share: Scalars['Float']['output'];
};



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
  Service: Service;
  SubService: SubService;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Agency:
    ( { __typename: 'Agency' }
    & GraphQLRecursivePick<FederationTypes['Agency'], {"id":true}> );
  Service:
    ( { __typename: 'Service' }
    & GraphQLRecursivePick<FederationTypes['Service'], {"id":true}> );
  SubService:
    ( { __typename: 'SubService' }
    & GraphQLRecursivePick<FederationTypes['SubService'], {"id":true}> );
};

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  CatalogueRecord:
    | ( AgencyRow )
    | ( ServiceRow )
    | ( SubServiceRow )
  ;
};


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Agency: ResolverTypeWrapper<AgencyRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AgencyConnection: ResolverTypeWrapper<Omit<AgencyConnection, 'edges'> & { edges: Array<ResolversTypes['AgencyEdge']> }>;
  AgencyEdge: ResolverTypeWrapper<Omit<AgencyEdge, 'node'> & { node: ResolversTypes['Agency'] }>;
  AgencyFilter: AgencyFilter;
  Assessment: ResolverTypeWrapper<AssessmentRow>;
  CatalogueChange: ResolverTypeWrapper<CatalogueChangeRow>;
  CatalogueChangeAction: CatalogueChangeAction;
  CatalogueChangeConnection: ResolverTypeWrapper<Omit<CatalogueChangeConnection, 'edges'> & { edges: Array<ResolversTypes['CatalogueChangeEdge']> }>;
  CatalogueChangeEdge: ResolverTypeWrapper<Omit<CatalogueChangeEdge, 'node'> & { node: ResolversTypes['CatalogueChange'] }>;
  CatalogueRecord: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CatalogueRecord']>;
  CatalogueRecordKind: CatalogueRecordKind;
  CatalogueStats: ResolverTypeWrapper<CatalogueStats>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LocalizedText: ResolverTypeWrapper<LocalizedText>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Service: ResolverTypeWrapper<ServiceRow>;
  ServiceConnection: ResolverTypeWrapper<Omit<ServiceConnection, 'edges'> & { edges: Array<ResolversTypes['ServiceEdge']> }>;
  ServiceEdge: ResolverTypeWrapper<Omit<ServiceEdge, 'node'> & { node: ResolversTypes['Service'] }>;
  ServiceFilter: ServiceFilter;
  ServiceSteps: ResolverTypeWrapper<ServiceSteps>;
  StepMode: StepMode;
  SubService: ResolverTypeWrapper<SubServiceRow>;
  WindowConnection: WindowConnection;
  WindowConnectionShare: ResolverTypeWrapper<WindowConnectionShare>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Agency: AgencyRow;
  Float: Scalars['Float']['output'];
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AgencyConnection: Omit<AgencyConnection, 'edges'> & { edges: Array<ResolversParentTypes['AgencyEdge']> };
  AgencyEdge: Omit<AgencyEdge, 'node'> & { node: ResolversParentTypes['Agency'] };
  AgencyFilter: AgencyFilter;
  Assessment: AssessmentRow;
  CatalogueChange: CatalogueChangeRow;
  CatalogueChangeConnection: Omit<CatalogueChangeConnection, 'edges'> & { edges: Array<ResolversParentTypes['CatalogueChangeEdge']> };
  CatalogueChangeEdge: Omit<CatalogueChangeEdge, 'node'> & { node: ResolversParentTypes['CatalogueChange'] };
  CatalogueRecord: ResolversUnionTypes<ResolversParentTypes>['CatalogueRecord'];
  CatalogueStats: CatalogueStats;
  JSON: Scalars['JSON']['output'];
  LocalizedText: LocalizedText;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Service: ServiceRow;
  ServiceConnection: Omit<ServiceConnection, 'edges'> & { edges: Array<ResolversParentTypes['ServiceEdge']> };
  ServiceEdge: Omit<ServiceEdge, 'node'> & { node: ResolversParentTypes['Service'] };
  ServiceFilter: ServiceFilter;
  ServiceSteps: ServiceSteps;
  SubService: SubServiceRow;
  WindowConnectionShare: WindowConnectionShare;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
};

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = CatalogueContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AgencyResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency'], FederationReferenceType extends FederationReferenceTypes['Agency'] = FederationReferenceTypes['Agency']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Agency']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assessmentScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  assessments?: Resolver<Array<ResolversTypes['Assessment']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAtJalali?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  generated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['CatalogueChangeConnection'], ParentType, ContextType, RequireFields<AgencyHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  insideGovernment?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  obligedToConnect?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  serviceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  services?: Resolver<ResolversTypes['ServiceConnection'], ParentType, ContextType, RequireFields<AgencyServicesArgs, 'first'>>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAtJalali?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  windowConnection?: Resolver<ResolversTypes['WindowConnection'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AgencyConnectionResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['AgencyConnection'] = ResolversParentTypes['AgencyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AgencyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgencyEdgeResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['AgencyEdge'] = ResolversParentTypes['AgencyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
};

export type AssessmentResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['Assessment'] = ResolversParentTypes['Assessment']> = {
  integration?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  interaction?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  overall?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  participation?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  round?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  transaction?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  webPresence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type CatalogueChangeResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['CatalogueChange'] = ResolversParentTypes['CatalogueChange']> = {
  action?: Resolver<ResolversTypes['CatalogueChangeAction'], ParentType, ContextType>;
  after?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  atJalali?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  generated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  record?: Resolver<ResolversTypes['CatalogueRecord'], ParentType, ContextType>;
  recordKind?: Resolver<ResolversTypes['CatalogueRecordKind'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  writerAgency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
};

export type CatalogueChangeConnectionResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['CatalogueChangeConnection'] = ResolversParentTypes['CatalogueChangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CatalogueChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CatalogueChangeEdgeResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['CatalogueChangeEdge'] = ResolversParentTypes['CatalogueChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CatalogueChange'], ParentType, ContextType>;
};

export type CatalogueRecordResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['CatalogueRecord'] = ResolversParentTypes['CatalogueRecord']> = {
  __resolveType: TypeResolveFn<'Agency' | 'Service' | 'SubService', ParentType, ContextType>;
};

export type CatalogueStatsResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['CatalogueStats'] = ResolversParentTypes['CatalogueStats']> = {
  agencies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  licenseServices?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  obligedToConnect?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  services?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subServices?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  windowConnection?: Resolver<Array<ResolversTypes['WindowConnectionShare']>, ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LocalizedTextResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['LocalizedText'] = ResolversParentTypes['LocalizedText']> = {
  en?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fa?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  renameAgency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType, RequireFields<MutationRenameAgencyArgs, 'id' | 'nameFa'>>;
  renameService?: Resolver<ResolversTypes['Service'], ParentType, ContextType, RequireFields<MutationRenameServiceArgs, 'id' | 'nameFa'>>;
  renameSubService?: Resolver<ResolversTypes['SubService'], ParentType, ContextType, RequireFields<MutationRenameSubServiceArgs, 'id' | 'nameFa'>>;
};

export type PageInfoResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  agencies?: Resolver<ResolversTypes['AgencyConnection'], ParentType, ContextType, RequireFields<QueryAgenciesArgs, 'first'>>;
  agenciesByAssessment?: Resolver<ResolversTypes['AgencyConnection'], ParentType, ContextType, RequireFields<QueryAgenciesByAssessmentArgs, 'first'>>;
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType, RequireFields<QueryAgencyArgs, 'id'>>;
  catalogueChanges?: Resolver<ResolversTypes['CatalogueChangeConnection'], ParentType, ContextType, RequireFields<QueryCatalogueChangesArgs, 'first'>>;
  catalogueStats?: Resolver<ResolversTypes['CatalogueStats'], ParentType, ContextType>;
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType, RequireFields<QueryServiceArgs, 'id'>>;
  services?: Resolver<ResolversTypes['ServiceConnection'], ParentType, ContextType, RequireFields<QueryServicesArgs, 'first'>>;
  subService?: Resolver<Maybe<ResolversTypes['SubService']>, ParentType, ContextType, RequireFields<QuerySubServiceArgs, 'id'>>;
};

export type ServiceResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service'], FederationReferenceType extends FederationReferenceTypes['Service'] = FederationReferenceTypes['Service']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Service']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAtJalali?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  generated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['CatalogueChangeConnection'], ParentType, ContextType, RequireFields<ServiceHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isLicense?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  steps?: Resolver<ResolversTypes['ServiceSteps'], ParentType, ContextType>;
  subServices?: Resolver<Array<ResolversTypes['SubService']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAtJalali?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ServiceConnectionResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['ServiceConnection'] = ResolversParentTypes['ServiceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ServiceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ServiceEdgeResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['ServiceEdge'] = ResolversParentTypes['ServiceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
};

export type ServiceStepsResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['ServiceSteps'] = ResolversParentTypes['ServiceSteps']> = {
  delivery?: Resolver<ResolversTypes['StepMode'], ParentType, ContextType>;
  processing?: Resolver<ResolversTypes['StepMode'], ParentType, ContextType>;
  receipt?: Resolver<ResolversTypes['StepMode'], ParentType, ContextType>;
};

export type SubServiceResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['SubService'] = ResolversParentTypes['SubService'], FederationReferenceType extends FederationReferenceTypes['SubService'] = FederationReferenceTypes['SubService']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SubService']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAtJalali?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  generated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['CatalogueChangeConnection'], ParentType, ContextType, RequireFields<SubServiceHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAtJalali?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WindowConnectionShareResolvers<ContextType = CatalogueContext, ParentType extends ResolversParentTypes['WindowConnectionShare'] = ResolversParentTypes['WindowConnectionShare']> = {
  agencies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  connection?: Resolver<ResolversTypes['WindowConnection'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type Resolvers<ContextType = CatalogueContext> = {
  Agency?: AgencyResolvers<ContextType>;
  AgencyConnection?: AgencyConnectionResolvers<ContextType>;
  AgencyEdge?: AgencyEdgeResolvers<ContextType>;
  Assessment?: AssessmentResolvers<ContextType>;
  CatalogueChange?: CatalogueChangeResolvers<ContextType>;
  CatalogueChangeConnection?: CatalogueChangeConnectionResolvers<ContextType>;
  CatalogueChangeEdge?: CatalogueChangeEdgeResolvers<ContextType>;
  CatalogueRecord?: CatalogueRecordResolvers<ContextType>;
  CatalogueStats?: CatalogueStatsResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LocalizedText?: LocalizedTextResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
  ServiceConnection?: ServiceConnectionResolvers<ContextType>;
  ServiceEdge?: ServiceEdgeResolvers<ContextType>;
  ServiceSteps?: ServiceStepsResolvers<ContextType>;
  SubService?: SubServiceResolvers<ContextType>;
  WindowConnectionShare?: WindowConnectionShareResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = CatalogueContext> = {
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
};

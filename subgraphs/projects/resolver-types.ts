/* Generated from schema/projects.graphql by `npm run codegen:subgraphs`: do not edit. */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ProjectWithProgress as ProjectWithProgressRow } from './queries';
import type { ProgressReport as ProgressReportRow, Ticket as TicketRow, AuditEntry as AuditEntryRow } from './entities';
import type { Reference as ReferenceRow } from '../common/references';
import type { DigitisationPlanArgs as DigitisationPlanArgsRow } from '../common/digitisation-key';
import type { ProjectsContext } from './context';
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
  /** An ISO 8601 calendar date, e.g. 2020-11-29. */
  Date: { input: string; output: string; }
  /** Any JSON value (the audit log's before and after values). */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** An executive agency, as the projects subgraph sees it. */
export type Agency = {
  __typename?: 'Agency';
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** The priority projects the agency leads or takes part in, ordered by number. */
  projects: Array<PriorityProject>;
};

/** What a write to a project did. */
export type AuditAction =
  /** openTicket: an obstacle ticket was opened. */
  | 'OPEN_TICKET'
  /** reportProgress: a progress report was added. */
  | 'REPORT_PROGRESS'
  /** resolveTicket: an open ticket was resolved. */
  | 'RESOLVE_TICKET';

/** One write to a project, recorded in the same transaction as the write. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What the write did. */
  action: AuditAction;
  /** The same values after the write. */
  after: Scalars['JSON']['output'];
  /** The caller's agency; null for an admin whose token names none. */
  agency?: Maybe<Agency>;
  /** When the write happened, ISO 8601 timestamp. */
  at: Scalars['String']['output'];
  /** When it happened, in the Jalali calendar, Tehran time (e.g. 1402-09-30T03:30:00+03:30). */
  atJalali: Scalars['String']['output'];
  /** The values the write changed, before it (project version, progress and status; the ticket's state). */
  before?: Maybe<Scalars['JSON']['output']>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** The caller's roles at the time: editor, admin. */
  roles: Array<Scalars['String']['output']>;
  /** The subject (`sub`) of the caller's token. */
  subject: Scalars['String']['output'];
  /** The progress report or ticket written. */
  targetId: Scalars['ID']['output'];
};

/** A page of a project's audit log (Relay connection), oldest first. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** The entries of this page. */
  edges: Array<AuditEntryEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many entries the log holds, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of an audit log. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The audit entry. */
  node: AuditEntry;
};

/** A digitisation plan, as the projects subgraph sees it: the services its project filter or priority weighting selects. */
export type DigitisationPlan = {
  __typename?: 'DigitisationPlan';
  /** Identifies the plan's arguments (the inquiries subgraph's). */
  id: Scalars['ID']['output'];
  /** With a project: its services; with the PRIORITY_PROJECTS weighting and no project: every project's services; otherwise none. */
  scopeServiceIds: Array<Scalars['ID']['output']>;
  /** With a project: its sub-services; otherwise none. */
  scopeSubServiceIds: Array<Scalars['ID']['output']>;
};

/** A digitisation what-if, as the projects subgraph sees it: the projects whose services it frees. */
export type DigitisationWhatIf = {
  __typename?: 'DigitisationWhatIf';
  /** Identifies the set of inquiries. */
  id: Scalars['ID']['output'];
  /** The priority projects owning any of the services freed, ordered by number. */
  projects: Array<PriorityProject>;
  /** Ids of the services freed (owned by the inquiries subgraph). */
  serviceIds: Array<Scalars['ID']['output']>;
};

/** An agency's impact analysis, as the projects subgraph sees it: the projects hit. */
export type Impact = {
  __typename?: 'Impact';
  /** Identifies the analysis (agency and depth). */
  id: Scalars['ID']['output'];
  /** The priority projects owning any of the services that stop, ordered by number. */
  projects: Array<PriorityProject>;
  /** Ids of every service that stops (owned by the inquiries subgraph). */
  serviceIds: Array<Scalars['ID']['output']>;
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
  /** Open an obstacle ticket on a project. Needs a bearer token of an editor of one of the project's agencies, or an admin. Bumps the project's version and is audited; honours Idempotency-Key. */
  openTicket: Ticket;
  /** Report a project's progress. Needs a bearer token of an editor of one of the project's agencies, or an admin (UNAUTHENTICATED without one, FORBIDDEN for another agency). Bumps the project's version and records an audit entry in the same transaction. An Idempotency-Key header makes a retry return the first result (per caller, 24 hours). */
  reportProgress: ProgressReport;
  /** Resolve an open ticket (CONFLICT if it is already resolved). Needs a bearer token of an editor of one of the project's agencies, or an admin. Bumps the project's version and is audited; honours Idempotency-Key. */
  resolveTicket: Ticket;
};


export type MutationOpenTicketArgs = {
  body?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  projectId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};


export type MutationReportProgressArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  progress: Scalars['Float']['input'];
  projectId: Scalars['ID']['input'];
};


export type MutationResolveTicketArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  resolution: Scalars['String']['input'];
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

/** One of the 23 priority projects of e-government, communicated by cabinet resolution on 9 Ordibehesht 1397. */
export type PriorityProject = {
  __typename?: 'PriorityProject';
  /** The agencies that carry the project out, lead and participating, ordered by id. */
  agencies: Array<Agency>;
  /** Every write to the project, oldest first. Visible to admins and to callers of the project's own agencies; null with FORBIDDEN or UNAUTHENTICATED for anyone else. */
  auditLog?: Maybe<AuditEntryConnection>;
  /** The deadline, Gregorian. */
  deadline: Scalars['Date']['output'];
  /** The deadline in the Jalali calendar, e.g. 1399-09-09. */
  deadlineJalali: Scalars['String']['output'];
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** The agency that leads the project. */
  leadAgency: Agency;
  /** The project's name; null for the two projects the sources do not name. */
  name?: Maybe<LocalizedText>;
  /** The project's number, 1..23. */
  number: Scalars['Int']['output'];
  /** Progress in percent, from the latest report (0 when none). */
  progress: Scalars['Float']['output'];
  /** The project's progress over time for a chart: one point per report, oldest first. */
  progressHistory: Array<ProgressPoint>;
  /** Progress reports, newest first. */
  reports: Array<ProgressReport>;
  /** The services the project owns, ordered by id. */
  services: Array<Service>;
  /** Where the project stands (see ProjectStatus for the rule). */
  status: ProjectStatus;
  /** The sub-services the project owns, ordered by id. */
  subServices: Array<SubService>;
  /** Obstacle tickets, newest first; only those with the given status when it is given. */
  tickets: Array<Ticket>;
  /** Bumps on every write; pass it back as expectedVersion for optimistic concurrency. */
  version: Scalars['Int']['output'];
};


/** One of the 23 priority projects of e-government, communicated by cabinet resolution on 9 Ordibehesht 1397. */
export type PriorityProjectAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One of the 23 priority projects of e-government, communicated by cabinet resolution on 9 Ordibehesht 1397. */
export type PriorityProjectTicketsArgs = {
  status?: InputMaybe<TicketStatus>;
};

/** A point of a project's progress chart: one progress report. */
export type ProgressPoint = {
  __typename?: 'ProgressPoint';
  /** Progress in percent, 0..100. */
  progress: Scalars['Float']['output'];
  /** When it was reported, ISO 8601 timestamp. */
  reportedAt: Scalars['String']['output'];
  /** When it was reported, in the Jalali calendar, Tehran time. */
  reportedAtJalali: Scalars['String']['output'];
};

/** A progress report entered by one of the project's agencies. */
export type ProgressReport = {
  __typename?: 'ProgressReport';
  /** The agency that reported it. */
  agency: Agency;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** A free-text note. */
  note?: Maybe<Scalars['String']['output']>;
  /** Progress in percent, 0..100. */
  progress: Scalars['Float']['output'];
  /** The project it reports on, as it stands after the report (its new version, progress and status): a client's cache takes it from the write's answer. */
  project: PriorityProject;
  /** When it was reported, ISO 8601 timestamp. */
  reportedAt: Scalars['String']['output'];
  /** When it was reported, in the Jalali calendar, Tehran time. */
  reportedAtJalali: Scalars['String']['output'];
  /** The subject of the caller who reported it. */
  reportedBy: Scalars['String']['output'];
};

/** Totals of the priority projects. */
export type ProjectStats = {
  __typename?: 'ProjectStats';
  /** Distinct agencies carrying the projects out, lead or participating. */
  agencies: Scalars['Int']['output'];
  /** Priority projects. */
  projects: Scalars['Int']['output'];
  /** Services owned by a project. */
  services: Scalars['Int']['output'];
  /** Sub-services owned by a project. */
  subServices: Scalars['Int']['output'];
};

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

export type Query = {
  __typename?: 'Query';
  /** One project by id, or null if there is none. */
  project?: Maybe<PriorityProject>;
  /** One project by its number (1..23), or null if there is none. */
  projectByNumber?: Maybe<PriorityProject>;
  /** Totals of the priority projects. */
  projectStats: ProjectStats;
  /** The priority projects, ordered by number; all of them unless narrowed by status or agency. */
  projects: Array<PriorityProject>;
};


export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProjectByNumberArgs = {
  number: Scalars['Int']['input'];
};


export type QueryProjectsArgs = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ProjectStatus>;
};

/** A service, as the projects subgraph sees it. */
export type Service = {
  __typename?: 'Service';
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** The priority project that owns the service, or null. */
  project?: Maybe<PriorityProject>;
};

/** A sub-service, as the projects subgraph sees it. */
export type SubService = {
  __typename?: 'SubService';
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** The priority project that owns the sub-service, or null. */
  project?: Maybe<PriorityProject>;
};

/** An obstacle ticket raised on a project in the monitoring system's ticketing. */
export type Ticket = {
  __typename?: 'Ticket';
  /** Details. */
  body?: Maybe<Scalars['String']['output']>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** When it was opened, ISO 8601 timestamp. */
  openedAt: Scalars['String']['output'];
  /** When it was opened, in the Jalali calendar, Tehran time. */
  openedAtJalali: Scalars['String']['output'];
  /** The subject of the caller who opened it. */
  openedBy: Scalars['String']['output'];
  /** The project the ticket is on, as it stands after the write (its new version and status). */
  project: PriorityProject;
  /** How it was resolved; null while open. */
  resolution?: Maybe<Scalars['String']['output']>;
  /** When it was resolved, ISO 8601 timestamp; null while open (and for seeded tickets). */
  resolvedAt?: Maybe<Scalars['String']['output']>;
  /** When it was resolved, in the Jalali calendar, Tehran time; null while open. */
  resolvedAtJalali?: Maybe<Scalars['String']['output']>;
  /** The subject of the caller who resolved it; null while open (and for seeded tickets). */
  resolvedBy?: Maybe<Scalars['String']['output']>;
  /** Open or resolved. */
  status: TicketStatus;
  /** Short title. */
  title: Scalars['String']['output'];
};

/** Whether an obstacle ticket is still open. */
export type TicketStatus =
  /** Raised and not yet resolved. */
  | 'OPEN'
  /** Resolved, with a resolution. */
  | 'RESOLVED';



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
    & GraphQLRecursivePick<FederationTypes['DigitisationPlan'], {"id":true}> );
  DigitisationWhatIf:
    ( { __typename: 'DigitisationWhatIf' }
    & GraphQLRecursivePick<FederationTypes['DigitisationWhatIf'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['DigitisationWhatIf'], {"serviceIds":true}> ) );
  Impact:
    ( { __typename: 'Impact' }
    & GraphQLRecursivePick<FederationTypes['Impact'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Impact'], {"serviceIds":true}> ) );
  PriorityProject:
    ( { __typename: 'PriorityProject' }
    & GraphQLRecursivePick<FederationTypes['PriorityProject'], {"id":true}> );
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
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditAction: AuditAction;
  AuditEntry: ResolverTypeWrapper<AuditEntryRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEntryEdge']> }>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DigitisationPlan: ResolverTypeWrapper<DigitisationPlanArgsRow>;
  DigitisationWhatIf: ResolverTypeWrapper<Omit<DigitisationWhatIf, 'projects'> & { projects: Array<ResolversTypes['PriorityProject']> }>;
  Impact: ResolverTypeWrapper<Omit<Impact, 'projects'> & { projects: Array<ResolversTypes['PriorityProject']> }>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LocalizedText: ResolverTypeWrapper<LocalizedText>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PriorityProject: ResolverTypeWrapper<ProjectWithProgressRow>;
  ProgressPoint: ResolverTypeWrapper<ProgressReportRow>;
  ProgressReport: ResolverTypeWrapper<ProgressReportRow>;
  ProjectStats: ResolverTypeWrapper<ProjectStats>;
  ProjectStatus: ProjectStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Service: ResolverTypeWrapper<ReferenceRow>;
  SubService: ResolverTypeWrapper<ReferenceRow>;
  Ticket: ResolverTypeWrapper<TicketRow>;
  TicketStatus: TicketStatus;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Agency: ReferenceRow;
  ID: Scalars['ID']['output'];
  AuditEntry: AuditEntryRow;
  String: Scalars['String']['output'];
  AuditEntryConnection: Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']> };
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  Date: Scalars['Date']['output'];
  DigitisationPlan: DigitisationPlanArgsRow;
  DigitisationWhatIf: Omit<DigitisationWhatIf, 'projects'> & { projects: Array<ResolversParentTypes['PriorityProject']> } | FederationReferenceTypes['DigitisationWhatIf'];
  Impact: Omit<Impact, 'projects'> & { projects: Array<ResolversParentTypes['PriorityProject']> } | FederationReferenceTypes['Impact'];
  JSON: Scalars['JSON']['output'];
  LocalizedText: LocalizedText;
  Mutation: Record<PropertyKey, never>;
  Float: Scalars['Float']['output'];
  PageInfo: PageInfo;
  PriorityProject: ProjectWithProgressRow;
  ProgressPoint: ProgressReportRow;
  ProgressReport: ProgressReportRow;
  ProjectStats: ProjectStats;
  Query: Record<PropertyKey, never>;
  Service: ReferenceRow;
  SubService: ReferenceRow;
  Ticket: TicketRow;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
};

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = ProjectsContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AgencyResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency'], FederationReferenceType extends FederationReferenceTypes['Agency'] = FederationReferenceTypes['Agency']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Agency']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  projects?: Resolver<Array<ResolversTypes['PriorityProject']>, ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['AuditAction'], ParentType, ContextType>;
  after?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  atJalali?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type AuditEntryConnectionResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEntryEdgeResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DigitisationPlanResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['DigitisationPlan'] = ResolversParentTypes['DigitisationPlan'], FederationReferenceType extends FederationReferenceTypes['DigitisationPlan'] = FederationReferenceTypes['DigitisationPlan']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DigitisationPlan']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  scopeServiceIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  scopeSubServiceIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type DigitisationWhatIfResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['DigitisationWhatIf'] = ResolversParentTypes['DigitisationWhatIf'], FederationReferenceType extends FederationReferenceTypes['DigitisationWhatIf'] = FederationReferenceTypes['DigitisationWhatIf']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DigitisationWhatIf']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  projects?: Resolver<Array<ResolversTypes['PriorityProject']>, ParentType, ContextType>;
};

export type ImpactResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Impact'] = ResolversParentTypes['Impact'], FederationReferenceType extends FederationReferenceTypes['Impact'] = FederationReferenceTypes['Impact']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Impact']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  projects?: Resolver<Array<ResolversTypes['PriorityProject']>, ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LocalizedTextResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['LocalizedText'] = ResolversParentTypes['LocalizedText']> = {
  en?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fa?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  openTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationOpenTicketArgs, 'projectId' | 'title'>>;
  reportProgress?: Resolver<ResolversTypes['ProgressReport'], ParentType, ContextType, RequireFields<MutationReportProgressArgs, 'progress' | 'projectId'>>;
  resolveTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationResolveTicketArgs, 'id' | 'resolution'>>;
};

export type PageInfoResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PriorityProjectResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['PriorityProject'] = ResolversParentTypes['PriorityProject'], FederationReferenceType extends FederationReferenceTypes['PriorityProject'] = FederationReferenceTypes['PriorityProject']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PriorityProject']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agencies?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType>;
  auditLog?: Resolver<Maybe<ResolversTypes['AuditEntryConnection']>, ParentType, ContextType, RequireFields<PriorityProjectAuditLogArgs, 'first'>>;
  deadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  deadlineJalali?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leadAgency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  progressHistory?: Resolver<Array<ResolversTypes['ProgressPoint']>, ParentType, ContextType>;
  reports?: Resolver<Array<ResolversTypes['ProgressReport']>, ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProjectStatus'], ParentType, ContextType>;
  subServices?: Resolver<Array<ResolversTypes['SubService']>, ParentType, ContextType>;
  tickets?: Resolver<Array<ResolversTypes['Ticket']>, ParentType, ContextType, Partial<PriorityProjectTicketsArgs>>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProgressPointResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['ProgressPoint'] = ResolversParentTypes['ProgressPoint']> = {
  progress?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reportedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reportedAtJalali?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProgressReportResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['ProgressReport'] = ResolversParentTypes['ProgressReport']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['PriorityProject'], ParentType, ContextType>;
  reportedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reportedAtJalali?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reportedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProjectStatsResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['ProjectStats'] = ResolversParentTypes['ProjectStats']> = {
  agencies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  projects?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  services?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subServices?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  project?: Resolver<Maybe<ResolversTypes['PriorityProject']>, ParentType, ContextType, RequireFields<QueryProjectArgs, 'id'>>;
  projectByNumber?: Resolver<Maybe<ResolversTypes['PriorityProject']>, ParentType, ContextType, RequireFields<QueryProjectByNumberArgs, 'number'>>;
  projectStats?: Resolver<ResolversTypes['ProjectStats'], ParentType, ContextType>;
  projects?: Resolver<Array<ResolversTypes['PriorityProject']>, ParentType, ContextType, Partial<QueryProjectsArgs>>;
};

export type ServiceResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service'], FederationReferenceType extends FederationReferenceTypes['Service'] = FederationReferenceTypes['Service']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Service']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['PriorityProject']>, ParentType, ContextType>;
};

export type SubServiceResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['SubService'] = ResolversParentTypes['SubService'], FederationReferenceType extends FederationReferenceTypes['SubService'] = FederationReferenceTypes['SubService']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SubService']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['PriorityProject']>, ParentType, ContextType>;
};

export type TicketResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Ticket'] = ResolversParentTypes['Ticket']> = {
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openedAtJalali?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['PriorityProject'], ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedAtJalali?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TicketStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ProjectsContext> = {
  Agency?: AgencyResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DigitisationPlan?: DigitisationPlanResolvers<ContextType>;
  DigitisationWhatIf?: DigitisationWhatIfResolvers<ContextType>;
  Impact?: ImpactResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LocalizedText?: LocalizedTextResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PriorityProject?: PriorityProjectResolvers<ContextType>;
  ProgressPoint?: ProgressPointResolvers<ContextType>;
  ProgressReport?: ProgressReportResolvers<ContextType>;
  ProjectStats?: ProjectStatsResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
  SubService?: SubServiceResolvers<ContextType>;
  Ticket?: TicketResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = ProjectsContext> = {
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
};

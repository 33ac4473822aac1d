import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Each subgraph's resolver types, generated from its SDL into subgraphs/<name>/resolver-types.ts:
 * `npm run codegen:subgraphs` (a test fails when they are stale). `mappers` name the row each
 * GraphQL type is resolved from, paths relative to the generated file.
 */
const shared = {
  federation: true,
  useTypeImports: true,
  enumsAsTypes: true,
  mapperTypeSuffix: 'Row',
  scalars: { Date: 'string', JSON: 'unknown' },
};

const subgraph = (name: string, context: string, mappers: Record<string, string>): CodegenConfig['generates'][string] => ({
  schema: `schema/${name}.graphql`,
  plugins: [{ add: { content: `/* Generated from schema/${name}.graphql by \`npm run codegen:subgraphs\`: do not edit. */` } }, 'typescript', 'typescript-resolvers'],
  config: { ...shared, contextType: `./context#${context}`, mappers },
});

const reference = '../common/references#Reference';

const config: CodegenConfig = {
  generates: {
    'subgraphs/catalogue/resolver-types.ts': subgraph('catalogue', 'CatalogueContext', {
      Agency: './entities#Agency',
      Assessment: './entities#Assessment',
      Service: './entities#Service',
      SubService: './entities#SubService',
      CatalogueChange: './entities#CatalogueChange',
    }),
    'subgraphs/inquiries/resolver-types.ts': subgraph('inquiries', 'InquiriesContext', {
      Inquiry: './entities#Inquiry',
      InquiryChange: './entities#InquiryChange',
      ChannelSharePoint: './history-queries#ChannelSharePoint',
      Agency: reference,
      Service: reference,
      SubService: reference,
      DependencyStep: './dependency-loaders#DependencyStepRow',
      AgencyDependency: './dependency-loaders#DependencyRow',
      Impact: './dependency-loaders#ImpactKey',
      PriorityProject: './dependency-loaders#ProjectNeeds',
      AgencyPaperInquiries: './dependency-queries#PaperRow',
      DigitisationPlan: './planner/keys#PlanKey',
      DigitisationMove: './planner/scoped-plan#ComputedMove',
      DigitisationWhatIf: './planner/keys#WhatIfKey',
      AgencyPaperChange: './planner/what-if#AgencyChange',
    }),
    'subgraphs/projects/resolver-types.ts': subgraph('projects', 'ProjectsContext', {
      PriorityProject: './queries#ProjectWithProgress',
      ProgressReport: './entities#ProgressReport',
      ProgressPoint: './entities#ProgressReport',
      Ticket: './entities#Ticket',
      AuditEntry: './entities#AuditEntry',
      Agency: reference,
      Service: reference,
      SubService: reference,
      DigitisationPlan: '../common/digitisation-key#DigitisationPlanArgs',
    }),
  },
};

export default config;

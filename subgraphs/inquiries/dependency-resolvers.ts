import { badInput } from '../common/errors';
import { readPage, toConnection } from '../common/pagination';
import { loadExisting, reference } from '../common/references';
import { readMaxDepth } from './depth';
import type { DependencyRow } from './dependency-loaders';
import { agencyDependencyPage, criticalProviders, paperReportPage } from './dependency-queries';
import type { Resolvers } from './resolver-types';

const share = (part: number, whole: number) => (whole ? part / whole : 0);
const dependencyKey = (row: DependencyRow) => [row.links, row.consumerId, row.providerId];

/** Resolvers of the dependency analysis: chains, impact, the agency network, paper inquiries, project profiles. */
export const dependencyResolvers: Resolvers = {
  Query: {
    agencyDependencies: async (_, args, { db, maxPageSize }) => {
      const minLinks = args.minLinks ?? 1;
      if (minLinks < 0) throw badInput('`minLinks` must be 0 or more', 'minLinks');
      const page = readPage(args, 'agency-dependency', 3, maxPageSize);
      const { total, rows } = await agencyDependencyPage(db, minLinks, page);
      return toConnection(rows, page, total, dependencyKey, (row) => row);
    },

    paperInquiryReport: async (_, args, { db, maxPageSize }) => {
      const page = readPage(args, 'paper-report', 2, maxPageSize);
      const { total, rows, totals } = await paperReportPage(db, page);
      return {
        ...toConnection(rows, page, total, (row) => [row.paperLinks, row.id], (row) => row),
        links: totals.links,
        paperLinks: totals.paperLinks,
        paperShare: share(totals.paperLinks, totals.links),
      };
    },

    criticalProviders: async (_, args, { db, maxPageSize }) => {
      const { first } = readPage({ first: args.first ?? 10 }, 'critical-provider', 1, maxPageSize);
      const rows = await criticalProviders(db, readMaxDepth(args.maxDepth), first);
      return rows.map((row) => ({ agency: reference(row.id), directServices: row.direct, transitiveServices: row.total }));
    },
  },

  Inquiry: {
    answeredBy: (inquiry) => (inquiry.answeredByServiceId === null ? null : reference(inquiry.answeredByServiceId)),
  },

  Service: {
    paperInquiries: (service, _, { loaders }) => loaders.paperInquiriesOfService.load(service.id),
    dependencyChain: (service, { maxDepth }, { loaders }) =>
      loaders.dependencyChain.load({ id: service.id, args: readMaxDepth(maxDepth) }),
    transitiveInquiryCount: async (service, { maxDepth }, { loaders }) =>
      (await loaders.dependencyChain.load({ id: service.id, args: readMaxDepth(maxDepth) })).length,
  },

  DependencyStep: {
    inquiry: (step, _, { loaders }) => loadExisting(loaders.inquiry, step.inquiryId),
    path: (step) => step.path.map(String),
    provider: (step) => reference(step.providerId),
  },

  Agency: {
    impact: (agency, { maxDepth }) => ({ agencyId: agency.id, maxDepth: readMaxDepth(maxDepth) }),
    dependsOn: async (agency, args, { loaders, maxPageSize }) => {
      const page = readPage(args, 'depends-on', 2, maxPageSize);
      const { total, rows } = await loaders.dependsOn.load({ id: agency.id, args: page });
      return toConnection(rows, page, total, (row) => [row.links, row.providerId], (row) => row);
    },
    dependedOnBy: async (agency, args, { loaders, maxPageSize }) => {
      const page = readPage(args, 'depended-on-by', 2, maxPageSize);
      const { total, rows } = await loaders.dependedOnBy.load({ id: agency.id, args: page });
      return toConnection(rows, page, total, (row) => [row.links, row.consumerId], (row) => row);
    },
  },

  Impact: {
    id: (impact) => `${impact.agencyId}:${impact.maxDepth}`,
    agency: (impact) => reference(impact.agencyId),
    directServices: async (impact, _, { loaders }) =>
      (await loaders.impactSummary.load({ id: impact.agencyId, args: impact.maxDepth })).direct,
    transitiveServices: async (impact, _, { loaders }) =>
      (await loaders.impactSummary.load({ id: impact.agencyId, args: impact.maxDepth })).total,
    services: async (impact, args, { loaders, maxPageSize }) => {
      // The depth defines the list as much as the field's own arguments do.
      const page = readPage({ ...args, maxDepth: impact.maxDepth }, 'impact-services', 2, maxPageSize);
      const [summary, { rows }] = await Promise.all([
        loaders.impactSummary.load({ id: impact.agencyId, args: impact.maxDepth }),
        loaders.impactServices.load({ id: impact.agencyId, args: { maxDepth: impact.maxDepth, page } }),
      ]);
      const connection = toConnection(rows, page, summary.total, (row) => [row.depth, row.id], (row) => reference(row.id));
      return { ...connection, edges: connection.edges.map((edge, index) => ({ ...edge, depth: rows[index].depth })) };
    },
    serviceIds: async (impact, _, { loaders }) =>
      (await loaders.impactServiceIds.load({ id: impact.agencyId, args: impact.maxDepth })).map(String),
  },

  AgencyDependency: {
    consumer: (row) => reference(row.consumerId),
    provider: (row) => reference(row.providerId),
    paperShare: (row) => share(row.paperLinks, row.links),
  },

  AgencyPaperInquiries: {
    agency: (row) => reference(row.id),
    paperShare: (row) => share(row.paperLinks, row.links),
    paperServices: async (row, args, { loaders, maxPageSize }) => {
      const page = readPage(args, 'paper-services', 1, maxPageSize);
      const { total, rows } = await loaders.paperServices.load({ id: row.id, args: page });
      return toConnection(rows, page, total, (service) => [service.id], (service) => reference(service.id));
    },
  },

  PriorityProject: {
    // __resolveReference: in question-resolvers.ts, which reads every field's @requires.
    id: (project) => String(project.id),
    inquiryProfile: async (project, _, { loaders }) => {
      const inquiries = await loaders.projectInquiries.load(project);
      const paper = inquiries.filter((inquiry) => inquiry.channel === 'PAPER').length;
      const providers = [...new Set(inquiries.map((inquiry) => inquiry.providerAgencyId))].sort((a, b) => a - b);
      const own = new Set(project.agencyIds);
      return {
        inquiryCount: inquiries.length,
        paperInquiryCount: paper,
        paperShare: share(paper, inquiries.length),
        inquiries,
        providers: providers.map(reference),
        externalProviders: providers.filter((id) => !own.has(id)).map(reference),
      };
    },
  },
};

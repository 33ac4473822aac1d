import { planKeyOf, parsePlanKey, type DigitisationPlanArgs } from '../common/digitisation-key';
import { badInput } from '../common/errors';
import { parseId } from '../common/ids';
import { loadExisting, reference } from '../common/references';
import type { InquiriesContext } from './context';
import type { PlanKey, WhatIfKey } from './planner/keys';
import { scopedPlan, type ComputedPlan } from './planner/scoped-plan';
import { whatIf, type WhatIf } from './planner/what-if';
import type { Resolvers } from './resolver-types';

export const MAX_MOVES = 100;
const MAX_WHAT_IF = 100;

const share = (part: number, whole: number) => (whole ? part / whole : 0);
const ids = (values: readonly unknown[] | null | undefined) => (values ?? []).map(parseId).filter((id): id is number => id !== null);

/** An optional id argument: absent is null, malformed is the client's mistake. */
function optionalId(value: string | null | undefined, argument: string): number | null {
  if (value == null) return null;
  const id = parseId(value);
  if (id === null) throw badInput(`\`${argument}\` is not an id`, argument);
  return id;
}

// Each plan or what-if object is computed once per request, whichever of its fields are asked.
const plans = new WeakMap<PlanKey, Promise<ComputedPlan>>();
const whatIfs = new WeakMap<WhatIfKey, Promise<WhatIf>>();

function computedPlan(plan: PlanKey, { loaders }: InquiriesContext): Promise<ComputedPlan> {
  let computed = plans.get(plan);
  if (!computed) {
    computed = loaders.paperModel.load('').then(({ model }) => scopedPlan(model, plan.args, plan.scope ?? { serviceIds: [], subServiceIds: [] }));
    plans.set(plan, computed);
  }
  return computed;
}

function computedWhatIf(key: WhatIfKey, { loaders }: InquiriesContext): Promise<WhatIf> {
  let computed = whatIfs.get(key);
  if (!computed) {
    computed = loaders.paperModel.load(key.modelKey).then(({ model }) => whatIf(model, key.inquiryIds));
    whatIfs.set(key, computed);
  }
  return computed;
}

/** The digitisation planner and what-if: computed in memory from one load of the paper inquiries. */
export const digitisationResolvers: Resolvers = {
  Query: {
    digitisationPlan: (_, args) => {
      const first = args.first ?? 10;
      if (!Number.isInteger(first) || first < 1 || first > MAX_MOVES) throw badInput(`\`first\` must be 1 to ${MAX_MOVES}`, 'first');
      const planArgs: DigitisationPlanArgs = {
        first,
        weighting: args.weighting ?? 'SERVICES',
        providerId: optionalId(args.providerAgencyId, 'providerAgencyId'),
        projectId: optionalId(args.projectId, 'projectId'),
      };
      return { key: planKeyOf(planArgs), args: planArgs, scope: null };
    },

    digitisationWhatIf: async (_, args, { loaders }) => {
      const asked = [...new Set(args.inquiryIds)];
      if (asked.length === 0 || asked.length > MAX_WHAT_IF) throw badInput(`\`inquiryIds\` must name 1 to ${MAX_WHAT_IF} inquiries`, 'inquiryIds');
      const malformed = asked.filter((id) => parseId(id) === null);
      // Not echoed: a malformed value is the caller's text, not an id.
      if (malformed.length) throw badInput(`\`inquiryIds\` holds ${malformed.length} value(s) that are not ids`, 'inquiryIds');
      const inquiryIds = ids(asked).sort((a, b) => a - b);
      const modelKey = inquiryIds.join(',');
      const { askedChannels } = await loaders.paperModel.load(modelKey);
      const unknown = inquiryIds.filter((id) => !askedChannels.has(id));
      if (unknown.length) throw badInput(`no inquiry has the id ${unknown.join(', ')}`, 'inquiryIds');
      const electronic = inquiryIds.filter((id) => askedChannels.get(id) !== 'PAPER');
      if (electronic.length) throw badInput(`inquiries ${electronic.join(', ')} are not on paper: there is nothing to digitise`, 'inquiryIds');
      return { inquiryIds, modelKey };
    },
  },

  DigitisationPlan: {
    // The gateway sends the services the projects subgraph selected (@requires) with the plan's id.
    __resolveReference: (plan) => {
      const args = parsePlanKey(plan.id);
      if (!args) return null;
      return { key: plan.id, args, scope: { serviceIds: ids(plan.scopeServiceIds), subServiceIds: ids(plan.scopeSubServiceIds) } };
    },
    id: (plan) => plan.key,
    weighting: (plan) => plan.args.weighting,
    candidateCount: async (plan, _, context) => (await computedPlan(plan, context)).candidateCount,
    moves: async (plan, _, context) => (await computedPlan(plan, context)).moves,
    servicesFreed: async (plan, _, context) => (await computedPlan(plan, context)).moves.at(-1)?.totalServicesFreed ?? 0,
    totalGain: async (plan, _, context) => (await computedPlan(plan, context)).moves.at(-1)?.totalGain ?? 0,
    exact: async (plan, _, context) => (await computedPlan(plan, context)).exact,
    upperBound: async (plan, _, context) => (await computedPlan(plan, context)).upperBound,
    note: async (plan, _, context) => (await computedPlan(plan, context)).note,
    whatIf: async (plan, _, context) => ({ inquiryIds: (await computedPlan(plan, context)).moves.map((move) => move.inquiryId), modelKey: '' }),
  },

  DigitisationMove: {
    inquiry: (move, _, { loaders }) => loadExisting(loaders.inquiry, move.inquiryId),
    servicesFreed: (move) => move.servicesFreed.map(reference),
    servicesFreedCount: (move) => move.servicesFreed.length,
  },

  DigitisationWhatIf: {
    __resolveReference: (key) => {
      const inquiryIds = String(key.id).split(',').map(parseId);
      if (inquiryIds.some((id) => id === null)) return null;
      return { inquiryIds: inquiryIds as number[], modelKey: inquiryIds.join(',') };
    },
    id: (key) => key.inquiryIds.join(','),
    inquiries: (key, _, { loaders }) => Promise.all(key.inquiryIds.map((id) => loadExisting(loaders.inquiry, id))),
    services: async (key, _, context) => (await computedWhatIf(key, context)).serviceIds.map(reference),
    serviceCount: async (key, _, context) => (await computedWhatIf(key, context)).serviceIds.length,
    serviceIds: async (key, _, context) => (await computedWhatIf(key, context)).serviceIds.map(String),
    subServices: async (key, _, context) => (await computedWhatIf(key, context)).subServiceIds.map(reference),
    links: async (key, _, context) => (await computedWhatIf(key, context)).links,
    paperLinksBefore: async (key, _, context) => (await computedWhatIf(key, context)).paperLinksBefore,
    paperLinksAfter: async (key, _, context) => (await computedWhatIf(key, context)).paperLinksAfter,
    paperShareBefore: async (key, _, context) => {
      const result = await computedWhatIf(key, context);
      return share(result.paperLinksBefore, result.links);
    },
    paperShareAfter: async (key, _, context) => {
      const result = await computedWhatIf(key, context);
      return share(result.paperLinksAfter, result.links);
    },
    agencies: async (key, _, context) => (await computedWhatIf(key, context)).agencies,
  },

  AgencyPaperChange: {
    agency: (change) => reference(change.agencyId),
    paperShareBefore: (change) => share(change.paperLinksBefore, change.links),
    paperShareAfter: (change) => share(change.paperLinksAfter, change.links),
  },
};

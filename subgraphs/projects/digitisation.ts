import { parsePlanKey, planKeyOf, type DigitisationPlanArgs } from '../common/digitisation-key';
import { badInput } from '../common/errors';
import { parseId } from '../common/ids';
import type { ProjectsContext } from './context';
import type { Resolvers } from './resolver-types';

/** The services a digitisation plan's project filter or priority weighting selects: the one project's, or every project's. */
async function scopeOf(plan: DigitisationPlanArgs, { loaders }: ProjectsContext): Promise<{ services: number[]; subServices: number[] }> {
  if (plan.projectId !== null) {
    const [project, services, subServices] = await Promise.all([
      loaders.project.load(plan.projectId),
      loaders.servicesOfProject.load(plan.projectId),
      loaders.subServicesOfProject.load(plan.projectId),
    ]);
    if (!project) throw badInput(`no priority project has the id ${plan.projectId}`, 'projectId');
    return { services: services.map((row) => row.id), subServices: subServices.map((row) => row.id) };
  }
  if (plan.weighting === 'PRIORITY_PROJECTS') return { services: await loaders.allProjectServices.load(true), subServices: [] };
  return { services: [], subServices: [] };
}

/** The projects' side of the digitisation planner: what a plan's scope holds, and the projects a what-if frees services of. */
export const digitisationResolvers: Resolvers = {
  DigitisationPlan: {
    __resolveReference: ({ id }) => parsePlanKey(id),
    id: (plan) => planKeyOf(plan),
    scopeServiceIds: async (plan, _, context) => (await scopeOf(plan, context)).services.map(String),
    scopeSubServiceIds: async (plan, _, context) => (await scopeOf(plan, context)).subServices.map(String),
  },

  // The gateway brings the ids of the services the what-if frees (@requires).
  DigitisationWhatIf: {
    __resolveReference: (whatIf) => whatIf,
    projects: (whatIf, _, { loaders }) =>
      loaders.projectsOwningAny.load((whatIf.serviceIds ?? []).map(parseId).filter((id) => id !== null)),
  },
};

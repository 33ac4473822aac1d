/**
 * A digitisation plan's arguments as its entity id, so that the projects subgraph (which brings
 * the services a project filter or the priority weighting selects) reads them as the inquiries
 * subgraph wrote them.
 */
export type DigitisationWeighting = 'SERVICES' | 'INQUIRY_COUNT' | 'PRIORITY_PROJECTS';

export interface DigitisationPlanArgs {
  first: number;
  weighting: DigitisationWeighting;
  providerId: number | null;
  projectId: number | null;
}

const WEIGHTINGS: readonly string[] = ['SERVICES', 'INQUIRY_COUNT', 'PRIORITY_PROJECTS'];

export const planKeyOf = (args: DigitisationPlanArgs): string =>
  [args.first, args.weighting, args.providerId ?? '', args.projectId ?? ''].join(':');

/** The arguments of a plan id, or null for an id no plan was given. */
export function parsePlanKey(id: unknown): DigitisationPlanArgs | null {
  const match = typeof id === 'string' ? /^([0-9]{1,3}):([A-Z_]+):([0-9]{0,10}):([0-9]{0,10})$/.exec(id) : null;
  if (!match || !WEIGHTINGS.includes(match[2])) return null;
  const optional = (value: string) => (value === '' ? null : Number(value));
  return { first: Number(match[1]), weighting: match[2] as DigitisationWeighting, providerId: optional(match[3]), projectId: optional(match[4]) };
}

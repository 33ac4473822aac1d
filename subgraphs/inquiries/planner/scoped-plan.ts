import type { DigitisationPlanArgs } from '../../common/digitisation-key';
import type { PaperModel } from './model';
import { planDigitisation } from './plan';

/** The services a project filter or the priority weighting selects, as the projects subgraph sends them. */
export interface PlanScope {
  serviceIds: number[];
  subServiceIds: number[];
}

export interface ComputedMove {
  step: number;
  inquiryId: number;
  gain: number;
  servicesFreed: number[];
  totalGain: number;
  totalServicesFreed: number;
  paperShare: number;
}

export interface ComputedPlan {
  candidateCount: number;
  moves: ComputedMove[];
  exact: boolean;
  upperBound: number;
  note: string | null;
}

function candidatesOf(model: PaperModel, args: DigitisationPlanArgs, scope: PlanScope): number[] {
  let candidates = [...model.inquiryServices.keys()];
  if (args.providerId !== null) candidates = candidates.filter((id) => model.inquiryProvider.get(id) === args.providerId);
  if (args.projectId !== null) {
    const needed = new Set<number>();
    for (const id of scope.serviceIds) for (const inquiryId of model.servicePaper.get(id) ?? []) needed.add(inquiryId);
    for (const id of scope.subServiceIds) for (const inquiryId of model.subServicePaper.get(id) ?? []) needed.add(inquiryId);
    candidates = candidates.filter((id) => needed.has(id));
  }
  return candidates.sort((a, b) => a - b);
}

function weightOf(model: PaperModel, args: DigitisationPlanArgs, scope: PlanScope): (serviceId: number) => number {
  if (args.weighting === 'INQUIRY_COUNT') return (id) => model.serviceInquiryCount.get(id) ?? 0;
  if (args.weighting === 'PRIORITY_PROJECTS') {
    const priority = new Set(scope.serviceIds);
    return (id) => (priority.has(id) ? 1 : 0);
  }
  return () => 1;
}

/**
 * The plan for the arguments: the planner picks the moves by the weighting; every service a
 * move frees is then listed (weighted or not), with the running totals and paper share.
 */
export function scopedPlan(model: PaperModel, args: DigitisationPlanArgs, scope: PlanScope): ComputedPlan {
  const candidates = candidatesOf(model, args, scope);
  const weight = weightOf(model, args, scope);
  const services = [...model.servicePaper]
    .map(([id, paper]) => ({ id, weight: weight(id), paper }))
    .filter((service) => service.weight > 0);
  const result = planDigitisation({ services, candidates, budget: args.first });

  const waiting = new Map([...model.servicePaper].map(([id, paper]) => [id, paper.length]));
  let [totalGain, totalServicesFreed, paperLinks] = [0, 0, model.paperLinks];
  const moves = result.moves.map((move, index) => {
    const servicesFreed: number[] = [];
    for (const serviceId of model.inquiryServices.get(move.inquiryId) ?? []) {
      const left = waiting.get(serviceId)! - 1;
      waiting.set(serviceId, left);
      if (left === 0) servicesFreed.push(serviceId);
      paperLinks--;
    }
    totalGain += move.gain;
    totalServicesFreed += servicesFreed.length;
    return {
      step: index + 1,
      inquiryId: move.inquiryId,
      gain: move.gain,
      servicesFreed,
      totalGain,
      totalServicesFreed,
      paperShare: model.links ? paperLinks / model.links : 0,
    };
  });
  const note =
    candidates.length === 0
      ? 'No paper inquiry matches the filters.'
      : moves.length < args.first
        ? `Only ${moves.length} of the ${candidates.length} candidate inquiries bring a service (of positive weight) closer to paper-free within ${args.first} moves.`
        : null;
  return { candidateCount: candidates.length, moves, exact: result.exact, upperBound: result.upperBound, note };
}

/**
 * The planning problem, apart from the database: services with a weight and the paper inquiries
 * they still need, and the inquiries the plan may choose from. A service is freed when every one
 * of its paper inquiries is chosen.
 */
export interface PlanService {
  id: number;
  weight: number;
  /** Distinct paper inquiry ids, ascending. */
  paper: number[];
}

export interface PlanProblem {
  services: PlanService[];
  /** The paper inquiries the plan may digitise. */
  candidates: number[];
  /** How many moves, at least 1. */
  budget: number;
}

export interface PlanMove {
  inquiryId: number;
  /** Weight of the services this move frees. */
  gain: number;
  /** The services it frees, ascending. */
  freed: number[];
}

export interface PlanResult {
  moves: PlanMove[];
  /** True when exhaustive search proved no other choice of moves frees more weight. */
  exact: boolean;
  /** No choice of `budget` candidates can free more weight than this (the sum of the largest fractional scores). */
  upperBound: number;
}

/** Services that the candidates can free within the budget, indexed by inquiry. */
export interface Index {
  /** Services freeable at all: every paper inquiry a candidate, at most `budget` of them. */
  services: PlanService[];
  /** Freeable services (positions in `services`) needing each inquiry. */
  byInquiry: Map<number, number[]>;
}

export function indexProblem(problem: PlanProblem): Index {
  const allowed = new Set(problem.candidates);
  const services = problem.services.filter(
    (service) => service.paper.length > 0 && service.paper.length <= problem.budget && service.paper.every((id) => allowed.has(id)),
  );
  const byInquiry = new Map<number, number[]>();
  services.forEach((service, position) => {
    for (const id of service.paper) {
      const list = byInquiry.get(id);
      if (list) list.push(position);
      else byInquiry.set(id, [position]);
    }
  });
  return { services, byInquiry };
}

/** Total weight of the services freed when exactly `chosen` are digitised. */
export function valueOf(problem: PlanProblem, chosen: Iterable<number>): number {
  const set = new Set(chosen);
  return problem.services.reduce((sum, service) => (service.paper.length > 0 && service.paper.every((id) => set.has(id)) ? sum + service.weight : sum), 0);
}

/**
 * An upper bound on any plan's value: a freed service's weight split evenly over its paper
 * inquiries is counted by those inquiries, so a plan's value is at most the sum of its
 * inquiries' shares, hence at most the `budget` largest shares.
 */
export function upperBound(index: Index, budget: number): number {
  const shares: number[] = [];
  for (const positions of index.byInquiry.values()) {
    shares.push(positions.reduce((sum, position) => sum + index.services[position].weight / index.services[position].paper.length, 0));
  }
  return shares
    .sort((a, b) => b - a)
    .slice(0, budget)
    .reduce((sum, share) => sum + share, 0);
}

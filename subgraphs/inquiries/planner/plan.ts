import { exhaustiveBest } from './exact';
import { bundleGreedy, singleGreedy } from './greedy';
import { indexProblem, upperBound, type PlanProblem, type PlanResult } from './problem';
import { PlanState } from './state';

/**
 * The best `budget` moves: proven by exhaustive search where the useful inquiries are few
 * enough, otherwise the better of the bundle greedy (ratio, or heaviest bundle first where
 * that gains more) and one move at a time. Moves that free nothing more come last, by progress toward completion.
 */
export function planDigitisation(problem: PlanProblem, exactLimit?: number): PlanResult {
  const index = indexProblem(problem);
  let state = bundleGreedy(index, problem.budget);
  const single = singleGreedy(index, problem.budget);
  if (single.value > state.value) state = single;
  const exact = exhaustiveBest(index, problem.budget, exactLimit);
  if (exact && exact.value > state.value) {
    state = new PlanState(index);
    for (let id = state.bestSingle(exact.chosen); id !== null; id = state.bestSingle(exact.chosen)) state.apply(id);
  }
  const useful = [...index.byInquiry.keys()];
  while (state.moves.length < problem.budget) {
    const id = state.bestSingle(useful, true);
    if (id === null) break;
    state.apply(id);
  }
  return { moves: state.moves, exact: exact !== null, upperBound: upperBound(index, problem.budget) };
}

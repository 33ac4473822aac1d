import type { Index } from './problem';

/** Exhaustive search runs only when the subsets to try, times the services an inquiry touches on average, stay under this. */
export const EXACT_WORK_LIMIT = 5_000_000;

export function binomial(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
  return Math.round(result);
}

/**
 * The best `budget` inquiries by trying every subset of the useful ones (those some freeable
 * service needs), or null when that is more work than `limit`. Value is monotone in the set,
 * so subsets of exactly min(budget, useful) inquiries suffice.
 */
export function exhaustiveBest(index: Index, budget: number, limit = EXACT_WORK_LIMIT): { chosen: number[]; value: number } | null {
  const useful = [...index.byInquiry.keys()].sort((a, b) => a - b);
  const size = Math.min(budget, useful.length);
  const touched = useful.reduce((sum, id) => sum + index.byInquiry.get(id)!.length, 0);
  if (binomial(useful.length, size) * Math.max(1, touched / Math.max(1, useful.length)) > limit) return null;
  const hits = new Int32Array(index.services.length);
  const picked: number[] = [];
  let best = { chosen: [] as number[], value: -1 };
  const visit = (start: number, value: number) => {
    if (picked.length === size) {
      if (value > best.value) best = { chosen: [...picked], value };
      return;
    }
    for (let at = start; at <= useful.length - (size - picked.length); at++) {
      const id = useful[at];
      let gained = 0;
      const positions = index.byInquiry.get(id)!;
      for (const position of positions) if (++hits[position] === index.services[position].paper.length) gained += index.services[position].weight;
      picked.push(id);
      visit(at + 1, value + gained);
      picked.pop();
      for (const position of positions) hits[position]--;
    }
  };
  visit(0, 0);
  return { chosen: best.chosen, value: Math.max(best.value, 0) };
}

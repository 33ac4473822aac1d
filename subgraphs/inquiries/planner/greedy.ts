import type { Index } from './problem';
import { PlanState } from './state';

interface Bundle {
  inquiries: number[];
  value: number;
}

/** Better bundle by `primary`, then value, then fewer inquiries, then smaller ids (so the result is deterministic). */
function better(a: Bundle, b: Bundle | null, primary: (bundle: Bundle) => number): boolean {
  if (!b) return true;
  const [pa, pb] = [primary(a), primary(b)];
  if (pa !== pb) return pa > pb;
  if (a.value !== b.value) return a.value > b.value;
  if (a.inquiries.length !== b.inquiries.length) return a.inquiries.length < b.inquiries.length;
  return a.inquiries.join(',') < b.inquiries.join(',');
}

/**
 * The bundles worth a look: what each unfinished service still waits for, if it fits in the
 * moves left, with the weight it would free (its own and every other service it completes).
 */
function bestBundle(state: PlanState, left: number, primary: (bundle: Bundle) => number): Bundle | null {
  const seen = new Set<string>();
  let best: Bundle | null = null;
  state.index.services.forEach((_, position) => {
    const waiting = state.remaining[position];
    if (waiting === 0 || waiting > left) return;
    const inquiries = state.waitingFor(position);
    const key = inquiries.join(',');
    if (seen.has(key)) return;
    seen.add(key);
    const bundle = { inquiries, value: state.bundleValue(inquiries) };
    if (better(bundle, best, primary)) best = bundle;
  });
  return best;
}

/** Digitises the bundle's inquiries, the one freeing most first (then progress, then id). */
function applyBundle(state: PlanState, bundle: Bundle): void {
  for (let id = state.bestSingle(bundle.inquiries); id !== null; id = state.bestSingle(bundle.inquiries)) state.apply(id);
}

const ratio = (bundle: Bundle) => bundle.value / bundle.inquiries.length;

/**
 * Ratio greedy over completion bundles: each round completes the service (with whatever else
 * that completes) freeing the most weight per move; `firstByValue` takes the heaviest bundle
 * first whatever its length, which the ratio rule may starve.
 */
export function bundleGreedy(index: Index, budget: number, firstByValue = false): PlanState {
  const state = new PlanState(index);
  let primary = firstByValue ? (bundle: Bundle) => bundle.value : ratio;
  while (state.moves.length < budget) {
    const bundle = bestBundle(state, budget - state.moves.length, primary);
    if (!bundle || bundle.value === 0) break;
    applyBundle(state, bundle);
    primary = ratio;
  }
  return state;
}

/** One move at a time: the largest immediate gain, ties (and zero gain) broken by progress toward completion. */
export function singleGreedy(index: Index, budget: number): PlanState {
  const state = new PlanState(index);
  const inquiries = [...index.byInquiry.keys()];
  while (state.moves.length < budget) {
    const id = state.bestSingle(inquiries, true);
    if (id === null) break;
    state.apply(id);
  }
  return state;
}

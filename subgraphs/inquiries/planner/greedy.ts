import { BundleIndex, type Bundle } from './bundles';
import type { Index } from './problem';
import { PlanState } from './state';

/** Better bundle by `primary`, then value, then fewer inquiries, then smaller ids (so the result is deterministic). */
function better(a: Bundle, b: Bundle | null, primary: (bundle: Bundle) => number): boolean {
  if (!b) return true;
  const [pa, pb] = [primary(a), primary(b)];
  if (pa !== pb) return pa > pb;
  if (a.value !== b.value) return a.value > b.value;
  if (a.inquiries.length !== b.inquiries.length) return a.inquiries.length < b.inquiries.length;
  return a.key < b.key;
}

function bestBundle(bundles: BundleIndex, left: number, primary: (bundle: Bundle) => number): Bundle | null {
  let best: Bundle | null = null;
  for (const bundle of bundles.all()) if (bundle.inquiries.length <= left && better(bundle, best, primary)) best = bundle;
  return best;
}

const ratio = (bundle: Bundle) => bundle.value / bundle.inquiries.length;

const heaviest = (bundle: Bundle) => bundle.value;

function run(state: PlanState, bundles: BundleIndex, budget: number, first: (bundle: Bundle) => number): PlanState {
  let primary = first;
  while (state.moves.length < budget) {
    const bundle = bestBundle(bundles, budget - state.moves.length, primary);
    if (!bundle || bundle.value === 0) break;
    const inquiries = bundle.inquiries;
    for (let id = state.bestSingle(inquiries); id !== null; id = state.bestSingle(inquiries)) bundles.apply(id);
    primary = ratio;
  }
  return state;
}

/**
 * Ratio greedy over completion bundles: each round completes the service (with whatever else
 * that completes) freeing the most weight per move; a bundle's inquiries are digitised the one
 * freeing most first (then progress, then id). The ratio rule may starve a long, heavy bundle:
 * when the plan gains less than the heaviest bundle that fits, it runs again taking that
 * bundle first, and the better run is kept, so the plan never gains less than it.
 */
export function bundleGreedy(index: Index, budget: number): PlanState {
  const state = new PlanState(index);
  const bundles = new BundleIndex(state);
  const heaviestValue = bestBundle(bundles, budget, heaviest)?.value ?? 0;
  const plain = run(state, bundles, budget, ratio);
  if (heaviestValue <= plain.value) return plain;
  const again = new PlanState(index);
  const other = run(again, new BundleIndex(again), budget, heaviest);
  return other.value > plain.value ? other : plain;
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

import type { Random } from './random';

/* How the generator shares totals out over weighted items, so the sources' figures come out exact. */

/** Splits `total` over `weights` (largest remainder), each getting at least `minimum`. */
export function allocate(total: number, weights: readonly number[], minimum: number): number[] {
  const rest = total - minimum * weights.length;
  if (rest < 0) throw new Error(`cannot give ${weights.length} items at least ${minimum} of ${total}`);
  const sum = weights.reduce((acc, weight) => acc + weight, 0);
  const quotas = weights.map((weight) => (rest * weight) / sum);
  const counts = quotas.map((quota) => minimum + Math.floor(quota));
  let left = total - counts.reduce((acc, count) => acc + count, 0);
  const byFraction = quotas.map((quota, index) => ({ index, fraction: quota - Math.floor(quota) }));
  byFraction.sort((a, b) => b.fraction - a.fraction || a.index - b.index);
  for (let index = 0; left > 0; index += 1, left -= 1) counts[byFraction[index % byFraction.length].index] += 1;
  return counts;
}

/** `allocate` with no minimum and at most `caps[i]` each; what a capped item cannot take goes to the others. */
export function allocateCapped(total: number, weights: readonly number[], caps: readonly number[]): number[] {
  const counts = new Array<number>(weights.length).fill(0);
  const open = weights.map((_, index) => index);
  let left = total;
  while (left > 0) {
    if (open.length === 0) throw new Error(`cannot place ${left} more within the caps`);
    const shares = allocate(left, open.map((index) => weights[index]), 0);
    const capped = open.filter((index, position) => counts[index] + shares[position] >= caps[index]);
    if (capped.length === 0) {
      open.forEach((index, position) => (counts[index] += shares[position]));
      break;
    }
    for (const index of capped) {
      left -= caps[index] - counts[index];
      counts[index] = caps[index];
    }
    open.splice(0, open.length, ...open.filter((index) => counts[index] < caps[index]));
  }
  return counts;
}

/** Indices in the order of a weighted draw without replacement (exponential keys). */
export function weightedOrder(random: Random, weights: readonly number[]): number[] {
  const keys = weights.map((weight) => (weight > 0 ? -Math.log(1 - random.next()) / weight : Infinity));
  return weights.map((_, index) => index).sort((a, b) => keys[a] - keys[b] || a - b);
}

/** Moves counts up or down one at a time, within [min, max], until they sum to `total`. */
export function adjustToSum(random: Random, counts: number[], indices: readonly number[], total: number, min: number, max: number): void {
  let diff = total - indices.reduce((acc, index) => acc + counts[index], 0);
  while (diff !== 0) {
    const index = indices[Math.floor(random.next() * indices.length)];
    if (diff > 0 && counts[index] < max) {
      counts[index] += 1;
      diff -= 1;
    } else if (diff < 0 && counts[index] > min) {
      counts[index] -= 1;
      diff += 1;
    }
  }
}

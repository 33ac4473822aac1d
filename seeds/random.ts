/**
 * A small seeded PRNG (mulberry32) for the seed generator: the same seed gives the same
 * sequence on every machine, so the generated data set is reproducible byte for byte.
 */

/** 9 Mordad 1397, the date of the cabinet resolution that catalogued the services. */
export const SEED = 0x13970509;

/** Mixes a seed and a stream label into a new 32-bit seed (FNV-1a over the label). */
function mix(seed: number, label: string): number {
  let hash = (seed ^ 0x811c9dc5) >>> 0;
  for (let index = 0; index < label.length; index += 1) {
    hash ^= label.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export class Random {
  private state: number;

  constructor(private readonly seed: number = SEED) {
    this.state = seed >>> 0;
  }

  /**
   * An independent generator for one part of the data set, so that changing how one part
   * draws numbers does not shift every part generated after it.
   */
  fork(label: string): Random {
    return new Random(mix(this.seed, label));
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)];
  }

  /** Shuffles in place (Fisher–Yates) and returns the same array. */
  shuffle<T>(items: T[]): T[] {
    for (let index = items.length - 1; index > 0; index -= 1) {
      const other = Math.floor(this.next() * (index + 1));
      const item = items[index];
      items[index] = items[other];
      items[other] = item;
    }
    return items;
  }

  /** An index drawn with probability proportional to its weight (linear; for short lists). */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const weight of weights) total += weight;
    let target = this.next() * total;
    for (let index = 0; index < weights.length; index += 1) {
      target -= weights[index];
      if (target < 0) return index;
    }
    return weights.length - 1;
  }
}

/** Weighted draws from a long, fixed list: cumulative weights and a binary search. */
export class WeightedSampler {
  private readonly cumulative: Float64Array;

  constructor(weights: ArrayLike<number>) {
    this.cumulative = new Float64Array(weights.length);
    let total = 0;
    for (let index = 0; index < weights.length; index += 1) {
      total += weights[index];
      this.cumulative[index] = total;
    }
  }

  get size(): number {
    return this.cumulative.length;
  }

  /** An index in [0, size); throws when the list is empty. */
  sample(random: Random): number {
    const count = this.cumulative.length;
    if (count === 0) throw new Error('sample from an empty list');
    const target = random.next() * this.cumulative[count - 1];
    let low = 0;
    let high = count - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.cumulative[middle] > target) high = middle;
      else low = middle + 1;
    }
    return low;
  }
}

import { LRUCache } from 'lru-cache';

/** The label of unnamed operations, and of every name without a series of its own. */
export const ANONYMOUS = 'anonymous';
export const OTHER = 'other';

/**
 * Which operation names get a series of their own in the metrics, so that clients choosing names
 * cannot grow /metrics without bound: either a fixed list (the safelist's operations), or the
 * `capacity` most frequent names among the operations served. Names are counted in a bounded LRU;
 * a name takes a free slot, or the slot of the least frequent labelled name once it has been
 * served more often (`onEvict` then drops that name's series). Labelled names keep their counts
 * beside the LRU, so a flood of new names cannot make them look unused. Every other name is `other`.
 */
export class OperationLabels {
  /** The names with series of their own, and how often each was served. */
  private readonly labelled = new Map<string, number>();
  /** How often each recent name without a series was served. */
  private readonly candidates: LRUCache<string, number>;

  constructor(
    private readonly policy: { fixed: ReadonlySet<string> } | { capacity: number },
    private readonly onEvict: (name: string) => void = () => {},
  ) {
    const capacity = 'capacity' in policy ? policy.capacity : 0;
    this.candidates = new LRUCache({ max: Math.max(1000, 20 * capacity) });
  }

  /** The label of an operation served (executed or answered from a cache): counts it toward the most frequent. */
  served(name: string | null | undefined): string {
    if (!name) return ANONYMOUS;
    if ('fixed' in this.policy) return this.policy.fixed.has(name) ? name : OTHER;
    const labelledCount = this.labelled.get(name);
    if (labelledCount !== undefined) {
      this.labelled.set(name, labelledCount + 1);
      return name;
    }
    const count = (this.candidates.get(name) ?? 0) + 1;
    if (this.labelled.size >= this.policy.capacity) {
      const least = this.leastFrequent();
      if (!least || least.count >= count) {
        this.candidates.set(name, count);
        return OTHER;
      }
      this.labelled.delete(least.name);
      this.candidates.set(least.name, least.count);
      this.onEvict(least.name);
    }
    this.candidates.delete(name);
    this.labelled.set(name, count);
    return name;
  }

  /** The label of an operation refused before it ran: its name only if that already has a series; never counted. */
  refused(name: string | null | undefined): string {
    if (!name) return ANONYMOUS;
    if ('fixed' in this.policy) return this.policy.fixed.has(name) ? name : OTHER;
    return this.labelled.has(name) ? name : OTHER;
  }

  private leastFrequent(): { name: string; count: number } | undefined {
    let least: { name: string; count: number } | undefined;
    for (const [name, count] of this.labelled) if (!least || count < least.count) least = { name, count };
    return least;
  }
}

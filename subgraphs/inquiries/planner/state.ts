import type { Index, PlanMove } from './problem';

/** The freeable services' progress as moves are applied: how many paper inquiries each still waits for. */
export class PlanState {
  readonly remaining: Int32Array;
  readonly chosen = new Set<number>();
  readonly moves: PlanMove[] = [];

  constructor(readonly index: Index) {
    this.remaining = Int32Array.from(index.services, (service) => service.paper.length);
  }

  private positions(inquiryId: number): number[] {
    return this.index.byInquiry.get(inquiryId) ?? [];
  }

  /** Weight freed if every inquiry of `bundle` (none of them chosen yet) were digitised. */
  bundleValue(bundle: number[]): number {
    const hits = new Map<number, number>();
    let value = 0;
    for (const id of bundle) {
      for (const position of this.positions(id)) {
        if (this.remaining[position] === 0) continue;
        const count = (hits.get(position) ?? 0) + 1;
        hits.set(position, count);
        if (count === this.remaining[position]) value += this.index.services[position].weight;
      }
    }
    return value;
  }

  apply(inquiryId: number): PlanMove {
    const move: PlanMove = { inquiryId, gain: 0, freed: [] };
    this.chosen.add(inquiryId);
    for (const position of this.positions(inquiryId)) {
      if (--this.remaining[position] === 0) {
        move.gain += this.index.services[position].weight;
        move.freed.push(this.index.services[position].id);
      }
    }
    move.freed.sort((a, b) => a - b);
    this.moves.push(move);
    return move;
  }

  get value(): number {
    return this.moves.reduce((sum, move) => sum + move.gain, 0);
  }

  /**
   * The unchosen inquiry of `among` with the largest gain (weight it frees now), then progress
   * (each unfinished service's weight shared over the inquiries it still waits for), then
   * smallest id; null when none is left (or, with `needProgress`, none brings a service closer).
   */
  bestSingle(among: Iterable<number>, needProgress = false): number | null {
    let best: number | null = null;
    let bestGain = -1;
    let bestProgress = -1;
    for (const id of among) {
      if (this.chosen.has(id)) continue;
      let [gain, progress] = [0, 0];
      for (const position of this.positions(id)) {
        const waiting = this.remaining[position];
        if (waiting === 0) continue;
        const weight = this.index.services[position].weight;
        if (waiting === 1) gain += weight;
        progress += weight / waiting;
      }
      if (needProgress && gain === 0 && progress === 0) continue;
      if (gain > bestGain || (gain === bestGain && (progress > bestProgress || (progress === bestProgress && best !== null && id < best)))) {
        [best, bestGain, bestProgress] = [id, gain, progress];
      }
    }
    return best;
  }
}

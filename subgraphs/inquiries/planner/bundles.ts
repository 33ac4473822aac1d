import type { PlanState } from './state';

/** What some unfinished services still wait for: digitising it completes them and every service waiting for less. */
export interface Bundle {
  inquiries: number[];
  key: string;
  /** Services waiting for exactly this set, and their weight. */
  services: number;
  weight: number;
  /** Weight of every unfinished service whose set is a subset of this one: what digitising it frees. */
  value: number;
}

/** Whether ascending `outer` holds every id of ascending `inner`. */
function includes(outer: number[], inner: number[]): boolean {
  if (outer.length < inner.length) return false;
  let at = 0;
  for (const id of inner) {
    while (at < outer.length && outer[at] < id) at++;
    if (outer[at] !== id) return false;
    at++;
  }
  return true;
}

/**
 * The bundles of a plan state, each valued, kept up to date as moves are applied: a move
 * changes only the services needing its inquiry, so only the supersets of their new sets gain
 * (found through the rarest inquiry's bundles), and only the new sets are valued afresh.
 */
export class BundleIndex {
  private readonly bundles = new Map<string, Bundle>();
  private readonly containing = new Map<number, Set<Bundle>>();
  private readonly of: (Bundle | null)[];

  constructor(private readonly state: PlanState) {
    const { services } = state.index;
    this.of = services.map((service, position) => (state.remaining[position] > 0 ? this.join(service.paper, service.weight) : null));
    for (const bundle of this.bundles.values()) for (const superset of this.supersets(bundle.inquiries)) superset.value += bundle.weight;
  }

  all(): IterableIterator<Bundle> {
    return this.bundles.values();
  }

  private join(inquiries: number[], weight: number): Bundle {
    const key = inquiries.join(',');
    let bundle = this.bundles.get(key);
    if (!bundle) {
      bundle = { inquiries, key, services: 0, weight: 0, value: 0 };
      this.bundles.set(key, bundle);
      for (const id of inquiries) {
        const set = this.containing.get(id);
        if (set) set.add(bundle);
        else this.containing.set(id, new Set([bundle]));
      }
    }
    bundle.services++;
    bundle.weight += weight;
    return bundle;
  }

  private drop(bundle: Bundle): void {
    this.bundles.delete(bundle.key);
    for (const id of bundle.inquiries) this.containing.get(id)?.delete(bundle);
  }

  /** The bundles holding every inquiry of `inquiries` (non-empty). */
  private *supersets(inquiries: number[]): Generator<Bundle> {
    let rarest: Set<Bundle> | undefined;
    for (const id of inquiries) {
      const set = this.containing.get(id);
      if (!set) return;
      if (!rarest || set.size < rarest.size) rarest = set;
    }
    for (const bundle of rarest!) if (includes(bundle.inquiries, inquiries)) yield bundle;
  }

  /** Digitises `inquiryId` in the state and brings the bundles up to date. */
  apply(inquiryId: number): void {
    const { services } = this.state.index;
    const moved = new Map<Bundle, number>();
    const created = new Set<Bundle>();
    const positions = this.state.index.byInquiry.get(inquiryId) ?? [];
    for (const position of positions) {
      const old = this.of[position];
      if (!old) continue;
      old.services--;
      old.weight -= services[position].weight;
      const rest = old.inquiries.filter((id) => id !== inquiryId);
      if (rest.length === 0) {
        this.of[position] = null;
        continue;
      }
      const size = this.bundles.size;
      const bundle = this.join(rest, services[position].weight);
      if (this.bundles.size > size) created.add(bundle);
      this.of[position] = bundle;
      moved.set(bundle, (moved.get(bundle) ?? 0) + services[position].weight);
    }
    for (const bundle of [...(this.containing.get(inquiryId) ?? [])]) this.drop(bundle);
    this.state.apply(inquiryId);
    for (const [bundle, weight] of moved) {
      for (const superset of this.supersets(bundle.inquiries)) if (!created.has(superset)) superset.value += weight;
    }
    for (const bundle of created) bundle.value = this.state.bundleValue(bundle.inquiries);
  }
}

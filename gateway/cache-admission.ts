/**
 * Decides, per kind of cached read (an operation for the response cache, a subgraph selection for
 * the entity cache), whether using the cache pays. A miss costs the gateway the key, the write, and
 * the garbage collection of entries nobody asks for again; when a kind's answers rarely repeat
 * (a random one of 78,000 services) that costs more than its few hits save, so its reads go
 * straight to the subgraphs until repeats come back.
 *
 * "Would it have hit" is judged on a ghost of the keys asked recently (their digests, not the
 * answers), which keeps learning while the cache is bypassed: a kind is judged by how often its
 * keys repeat, not by a cache that stopped storing them.
 *
 * A read of many entities counts as a hit only when every one of them repeats: only then is the
 * subgraph's round trip saved, and the round trip is most of a fetch's cost. A fetch of 50 services
 * whose 40 were seen still goes to the subgraph, and the gateway pays for 50 keys, 40 parses and
 * 10 writes to save the subgraph 40 rows (at scale 100 such a cache cost more gateway CPU than it
 * saved the subgraphs: bench/README.md, Levers).
 */
export interface AdmissionOptions {
  /** How many keys the ghost remembers (about what the cache itself holds). */
  remember: number;
  /** Below this share of repeats a kind bypasses the cache; above `resume` it uses it again. */
  bypassBelow: number;
  resume: number;
  /** The number of reads over which a kind's share of repeats is averaged. */
  window: number;
}

/** The response cache's: one key per read (an operation and its variables). */
export const RESPONSE_ADMISSION: AdmissionOptions = { remember: 20_000, bypassBelow: 0.25, resume: 0.35, window: 500 };
/**
 * Entity fetches are judged over fewer reads: a fetch of 50 entities that do not all repeat is
 * never saved, and over 500 reads a random-id kind kept the cache (and its cost) for seconds after
 * its repeats stopped. Responses keep the longer window: a pool of a few thousand answers starts
 * with few repeats and fills the cache by being kept while its repeats build up.
 */
export const ENTITY_ADMISSION: AdmissionOptions = { ...RESPONSE_ADMISSION, window: 100 };

interface KindState {
  /** Exponential moving average of the share of reads whose every key was asked recently. */
  repeats: number;
  useCache: boolean;
}

export class CacheAdmission {
  private current = new Set<string>();
  private previous = new Set<string>();
  private readonly kinds = new Map<string, KindState>();

  constructor(private readonly options: AdmissionOptions) {}

  /**
   * Records one read of `kind` (one key digest per entity, or one for a whole response) and says
   * whether it should use the cache. A new kind starts on, as a cache would.
   */
  admit(kind: string, keyDigests: string[]): boolean {
    let state = this.kinds.get(kind);
    if (!state) this.kinds.set(kind, (state = { repeats: 0.5, useCache: true }));
    let everySeen = true;
    for (const digest of keyDigests) {
      if (this.current.has(digest) || this.previous.has(digest)) continue;
      everySeen = false;
      this.remember(digest);
    }
    state.repeats += ((everySeen ? 1 : 0) - state.repeats) / this.options.window;
    if (state.useCache && state.repeats < this.options.bypassBelow) state.useCache = false;
    else if (!state.useCache && state.repeats > this.options.resume) state.useCache = true;
    return state.useCache;
  }

  /** Two generations of half the capacity each: the older one is dropped whole, as a doorkeeper's reset. */
  private remember(digest: string): void {
    if (this.current.size >= this.options.remember / 2) {
      this.previous = this.current;
      this.current = new Set();
    }
    this.current.add(digest);
  }
}

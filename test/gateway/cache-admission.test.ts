import { CacheAdmission, RESPONSE_ADMISSION, ENTITY_ADMISSION } from '../../gateway/cache-admission';
import { digestOf } from '../../gateway/subgraph-fetch/keys';

const OPTIONS = { remember: 1_000, bypassBelow: 0.25, resume: 0.35, window: 50 };
/** Keys never asked before. */
let next = 0;
const fresh = (count: number) => Array.from({ length: count }, () => digestOf(`fresh ${(next += 1)}`));

describe('cache admission', () => {
  it('bypasses a kind whose keys do not repeat, and keeps a kind whose keys do', () => {
    const admission = new CacheAdmission(OPTIONS);
    const hot = fresh(5);
    const decisions = { random: [] as boolean[], hot: [] as boolean[] };
    for (let round = 0; round < 200; round += 1) {
      decisions.random.push(admission.admit('random', fresh(1)));
      decisions.hot.push(admission.admit('hot', [hot[round % hot.length]!]));
    }
    // A new kind starts with the cache, as a cache would, and leaves it once its misses have shown.
    expect(decisions.random[0]).toBe(true);
    expect(decisions.random.slice(-100).every((used) => !used)).toBe(true);
    expect(decisions.hot.every((used) => used)).toBe(true);
  });

  it('keeps learning while bypassed: a kind whose keys start repeating uses the cache again', () => {
    const admission = new CacheAdmission(OPTIONS);
    for (let round = 0; round < 100; round += 1) admission.admit('shifting', fresh(1));
    expect(admission.admit('shifting', fresh(1))).toBe(false);
    const hot = fresh(3);
    const resumedAfter = Array.from({ length: 100 }, (_, round) => admission.admit('shifting', [hot[round % 3]!])).indexOf(true);
    expect(resumedAfter).toBeGreaterThan(0);
    expect(resumedAfter).toBeLessThan(50);
  });

  it('does not flap: a share of repeats between bypassBelow and resume keeps the last decision', () => {
    const steady = { ...OPTIONS, window: 100 };
    const hot = fresh(1);
    // Three repeats in ten: a share of repeats near 0.3, inside the band.
    const pattern = (round: number) => (round % 10 < 3 ? [hot[0]!] : fresh(1));
    const inBand = (admission: CacheAdmission, kind: string) => Array.from({ length: 400 }, (_, round) => admission.admit(kind, pattern(round)));

    const using = new CacheAdmission(steady);
    expect(inBand(using, 'using').every((used) => used)).toBe(true);
    const bypassing = new CacheAdmission(steady);
    for (let round = 0; round < 300; round += 1) bypassing.admit('bypassing', fresh(1));
    expect(inBand(bypassing, 'bypassing').every((used) => !used)).toBe(true);
  });

  it('counts a fetch of many entities as a repeat only when every one of them repeats', () => {
    const admission = new CacheAdmission(OPTIONS);
    const popular = fresh(45);
    // Each page: the same 45 popular services and 5 never seen, 90 % of its keys repeating.
    const mostlySeen = Array.from({ length: 100 }, () => admission.admit('mostly seen', [...popular, ...fresh(5)]));
    expect(mostlySeen.slice(-50).every((used) => !used)).toBe(true);
    const whole = Array.from({ length: 100 }, () => admission.admit('whole', popular));
    expect(whole.every((used) => used)).toBe(true);
  });

  it('forgets keys beyond what it remembers, as the cache would have evicted them', () => {
    const admission = new CacheAdmission({ ...OPTIONS, remember: 100 });
    const cycle = fresh(300);
    const decisions = Array.from({ length: 900 }, (_, round) => admission.admit('cycling', [cycle[round % 300]!]));
    // Each key comes back after 299 others: more than the ghost keeps, so never a repeat.
    expect(decisions.slice(-300).every((used) => !used)).toBe(true);
  });

  it('judges entity fetches over fewer reads than responses: 100 fetches that stop repeating leave the entity cache, not the response cache', () => {
    const entities = new CacheAdmission(ENTITY_ADMISSION);
    const responses = new CacheAdmission(RESPONSE_ADMISSION);
    const neverAgain = Array.from({ length: 100 }, () => [entities.admit('services', fresh(50)), responses.admit('answers', fresh(1))]);
    expect(neverAgain.at(-1)).toEqual([false, true]);
  });
});

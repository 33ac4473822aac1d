import { gatewayCaches } from '../../gateway/caches';
import { createLogger } from '../../lib/logger';
import { Metrics } from '../../lib/metrics';
import { testConfig } from '../support/stack';

it('the in-memory response cache is bounded well inside the gateway heap: past 8 Mi characters the oldest answers go', async () => {
  const caches = gatewayCaches(testConfig({ RESPONSE_CACHE: 'true' }), createLogger('test', 'silent'), new Metrics('gateway'));
  try {
    // Persian answers: V8 keeps them two bytes a character, so each of these is 2 MB of heap.
    const answer = 'پ'.repeat(2 ** 20);
    for (let index = 0; index < 12; index += 1) await caches.cache.set(`answer ${index}`, answer);
    expect(await caches.cache.get('answer 0')).toBeUndefined();
    expect(await caches.cache.get('answer 11')).toBe(answer);
    const kept = (await Promise.all(Array.from({ length: 12 }, (_, index) => caches.cache.get(`answer ${index}`)))).filter(Boolean).length;
    expect(kept).toBeLessThanOrEqual(8);
  } finally {
    await caches.stop();
  }
});

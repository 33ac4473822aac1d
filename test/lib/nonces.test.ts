import { randomUUID } from 'node:crypto';
import { memoryNonces, redisNonces, type NonceStore } from '../../lib/auth/nonces';
import { captureLogger } from '../support/capture-logger';
import { describeWithRedis, TEST_REDIS_URL } from '../support/redis';

const waitUntil = async (time: number) => {
  while (Date.now() <= time) await new Promise((resolve) => setTimeout(resolve, 10));
};

describe('nonces in memory', () => {
  it('a nonce is claimed once until it expires, then may be claimed again', async () => {
    const nonces = memoryNonces();
    const until = Date.now() + 150;
    expect(await nonces.claim('a', until)).toBe(true);
    expect(await nonces.claim('a', until)).toBe(false);
    expect(await nonces.claim('b', until)).toBe(true);
    await waitUntil(until + 20);
    expect(await nonces.claim('a', Date.now() + 1000)).toBe(true);
  });

  it('full of live nonces, it refuses a claim rather than forget one', async () => {
    const nonces = memoryNonces(3);
    const until = Date.now() + 60_000;
    for (const nonce of ['a', 'b', 'c']) expect(await nonces.claim(nonce, until)).toBe(true);
    await expect(nonces.claim('d', until)).rejects.toThrow(/refusing rather than forgetting/);
    expect(await nonces.claim('a', until)).toBe(false);
  });
});

describeWithRedis('nonces in Redis', () => {
  const prefix = `panjare-test-${randomUUID()}`;
  let first: NonceStore;
  let second: NonceStore;
  beforeAll(() => {
    first = redisNonces(TEST_REDIS_URL, prefix, captureLogger('nonces').logger);
    second = redisNonces(TEST_REDIS_URL, prefix, captureLogger('nonces').logger);
  });
  afterAll(async () => {
    await first.stop();
    await second.stop();
  });

  const claimed = async (store: NonceStore, nonce: string, until: number) => {
    // A store connects in the background: the first claims may find it not connected yet.
    for (;;) {
      try {
        return await store.claim(nonce, until);
      } catch (error) {
        if (!/not connected/.test(String(error))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  };

  it('a nonce claimed by one replica is refused to another, until it expires', async () => {
    const until = Date.now() + 300;
    expect(await claimed(first, 'n1', until)).toBe(true);
    expect(await claimed(second, 'n1', until)).toBe(false);
    expect(await claimed(first, 'n1', until)).toBe(false);
    await waitUntil(until + 50);
    expect(await claimed(second, 'n1', Date.now() + 1000)).toBe(true);
  });

  it('fails closed when Redis cannot be reached', async () => {
    const { logger } = captureLogger('nonces');
    const unreachable = redisNonces('redis://127.0.0.1:7299', prefix, logger);
    await expect(unreachable.claim('n2', Date.now() + 1000)).rejects.toThrow(/not connected/);
    await unreachable.stop();
  });
});

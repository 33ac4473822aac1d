import { createHmac, randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { decodeIdentity, type Identity } from '../lib/auth/identity';
import { memoryNonces, redisNonces } from '../lib/auth/nonces';
import { bodyDigest, pathOf, signRequest, subgraphKey, verifyRequest, type OutgoingRequest } from '../lib/auth/request-signature';
import { createLogger } from '../lib/logger';

/**
 * What signing a subgraph call costs, in this process: the gateway's signature (body digest, HMAC,
 * nonce) and the subgraph's check (the raw body's digest, taken once as it is read, then the HMAC),
 * per call and body size, beside the identity-only HMAC signed before (with the identity's parsing, as then); and a mutation's extra nonce
 * claim, in memory and in Redis (REDIS_URL, default the local one). `npm run bench:signing`.
 */
const MASTER = 'a-benchmark-master-secret-0123456789abcdef';
const identity: Identity = { subject: 'bench-editor', agencyId: 12, roles: ['editor'] };
const key = subgraphKey(MASTER, 'catalogue');
const URL_ = 'http://127.0.0.1:4001/graphql';
const headers = { 'content-type': 'application/json', 'x-panjare-client-address': '203.0.113.5' };

const entities = (count: number) =>
  JSON.stringify({
    query: 'query($representations:[_Any!]!){_entities(representations:$representations){...on Agency{id name code}}}',
    variables: { representations: Array.from({ length: count }, (_, i) => ({ __typename: 'Agency', id: String(i + 1) })) },
  });
const BODIES: [string, string][] = [
  ['a small query', JSON.stringify({ query: '{ projectStats { projects } }', variables: {} })],
  ['_entities × 50', entities(50)],
  ['_entities × 1,000', entities(1000)],
];

/**
 * Microseconds per call over 7 batches, after a warm-up batch: the fastest batch (the cost itself, least disturbed
 * by the other processes on a shared machine) and the median.
 */
async function perCall(run: () => unknown | Promise<unknown>, batch: number): Promise<{ min: number; median: number }> {
  const times: number[] = [];
  for (let round = 0; round < 8; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) await run();
    if (round > 0) times.push(Number(process.hrtime.bigint() - start) / 1000 / batch);
  }
  times.sort((a, b) => a - b);
  return { min: times[0]!, median: times[3]! };
}

const shown = ({ min, median }: { min: number; median: number }) => `${min.toFixed(1)} / ${median.toFixed(1)} µs`;

const v1 = (payload: string, t: number) => createHmac('sha256', MASTER).update(`${t}.${payload}`).digest('base64url');

async function main() {
  console.log(`load average before: ${loadavg().map((value) => value.toFixed(2)).join(' ')}`);
  const rows: string[] = [
    'µs per call, fastest batch / median batch',
    '',
    '| body | bytes | before: identity-only sign + verify | gateway: sign | subgraph: digest + verify | both (fastest) |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [name, body] of BODIES) {
    const request: OutgoingRequest = { subgraph: 'catalogue', method: 'POST', url: URL_, headers, body };
    const raw = Buffer.from(body);
    const payload = Buffer.from(JSON.stringify(identity)).toString('base64url');
    const before = await perCall(() => {
      // As before: sign, then the subgraph's HMAC and the identity's parsing.
      const t = Math.floor(Date.now() / 1000);
      return v1(payload, t) === v1(payload, t) && decodeIdentity(payload);
    }, 20_000);
    const signed = signRequest(identity, request, key);
    const sign = await perCall(() => signRequest(identity, request, key), 20_000);
    const verify = await perCall(
      () =>
        verifyRequest(
          { identity: signed['x-panjare-identity'], signature: signed['x-panjare-signature'] },
          { subgraph: 'catalogue', method: 'POST', path: pathOf(URL_), bodyDigest: bodyDigest(raw), clientAddress: '203.0.113.5' },
          key,
        ),
      20_000,
    );
    rows.push(`| ${name} | ${raw.length} | ${shown(before)} | ${shown(sign)} | ${shown(verify)} | ${(sign.min + verify.min).toFixed(1)} µs |`);
  }
  const memory = memoryNonces();
  let n = 0;
  const inMemory = await perCall(() => memory.claim(`m${n++}`, Date.now() + 120_000), 10_000);
  rows.push('', `a mutation's nonce claimed in memory: ${shown(inMemory)}`);
  const redis = redisNonces(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', `panjare-bench-${randomUUID()}`, createLogger('bench', 'silent'));
  try {
    for (let tries = 0; tries < 100; tries++) {
      try {
        await redis.claim(`warm${tries}`, Date.now() + 1000);
        break;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    const inRedis = await perCall(() => redis.claim(`r${n++}`, Date.now() + 120_000), 2_000);
    rows.push(`a mutation's nonce claimed in Redis (SET NX PXAT, one round trip): ${shown(inRedis)}`);
  } catch (error) {
    rows.push(`Redis: not measured (${String(error)})`);
  } finally {
    await redis.stop();
  }
  console.log(rows.join('\n'));
  console.log(`load average after: ${loadavg().map((value) => value.toFixed(2)).join(' ')}`);
}

void main();

import { SIGNATURE_HEADER, IDENTITY_HEADER } from '../../../lib/auth/identity';
import { bodyDigest, pathOf, signRequest, subgraphKey, verifyRequest } from '../../../lib/auth/request-signature';
import { Metrics } from '../../../lib/metrics';
import { subgraphFetch } from '../../../gateway/subgraph-fetch/pipeline';
import { sign, type SignedPart } from '../../../gateway/subgraph-fetch/sign';
import { bodyOf, type SubgraphRequest } from '../../../gateway/subgraph-fetch/types';
import { heldServer, requestOf, type HeldServer } from '../../support/subgraph-fetch';

const KEY = subgraphKey('a-test-secret-for-signing-0123456789abcdef', 'catalogue');
const alice = { subject: 'alice', agencyId: 3, roles: ['editor' as const] };

it("the sign stage adds the signer's headers for the caller, over the request as it leaves", async () => {
  const signed: SignedPart[] = [];
  let sent: SubgraphRequest | undefined;
  const fetch = sign((request, identity) => {
    signed.push(request);
    return signRequest(identity, request, KEY);
  })(async (request) => {
    sent = request;
    return { data: {}, cacheHint: {} };
  });
  const request = requestOf({ identity: alice, query: '{ a }' });
  await fetch(request);
  expect(signed).toEqual([expect.objectContaining({ subgraph: 'catalogue', method: 'POST', url: request.url, body: bodyOf(request) })]);
  expect(bodyOf(sent!)).toBe(bodyOf(request));
  const asReceived = { subgraph: 'catalogue', method: 'POST', path: pathOf(sent!.url), bodyDigest: bodyDigest(bodyOf(sent!)) };
  expect(verifyRequest({ identity: sent!.headers[IDENTITY_HEADER], signature: sent!.headers[SIGNATURE_HEADER] }, asReceived, KEY)).toMatchObject({ status: 'valid', identity: alice });
});

describe('in the pipeline, signing comes after dedupe', () => {
  let server: HeldServer;
  beforeAll(async () => {
    server = await heldServer();
  });
  afterAll(() => server.stop());

  it('identical reads are compared unsigned and the one fetch sent is signed once', async () => {
    let signatures = 0;
    const fetch = subgraphFetch({
      metrics: new Metrics('gateway'),
      sign: (request, identity) => {
        signatures += 1;
        // A signature that differs every time (its nonce): were it made before dedupe, no two reads would be identical.
        return { ...signRequest(identity, request, KEY), 'x-nonce': String(signatures) };
      },
      timeoutMs: 5000,
      coalesce: true,
      dedupe: true,
    });
    const answers = [0, 1, 2].map(() => fetch(requestOf({ url: server.url, identity: alice, query: '{ a }' })));
    await server.whenReceived(1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    server.release();
    await Promise.all(answers);
    expect(server.received).toHaveLength(1);
    expect(signatures).toBe(1);
    expect(server.received[0]!.headers).toMatchObject({ 'x-nonce': '1', [IDENTITY_HEADER]: expect.any(String), [SIGNATURE_HEADER]: expect.any(String) });
  });
});

import { createHash, createHmac, hkdfSync } from 'node:crypto';
import { IDENTITY_HEADER, SIGNATURE_HEADER, type Identity } from '../../lib/auth/identity';
import { bodyDigest, pathOf, signRequest, subgraphKey, subgraphKeys, verifyRequest, type OutgoingRequest, type SignedRequest } from '../../lib/auth/request-signature';

const MASTER = 'a-subgraph-secret-of-at-least-32-chars';
const editor: Identity = { subject: 'someone', agencyId: 7, roles: ['editor'] };
const BODY = JSON.stringify({ query: 'mutation($p: ID!) { reportProgress(projectId: $p, progress: 40) { id } }', variables: { p: '1' } });
const outgoing: OutgoingRequest = {
  subgraph: 'projects',
  method: 'POST',
  url: 'http://projects.internal:4003/graphql',
  headers: { 'content-type': 'application/json', 'idempotency-key': 'k-1', 'x-panjare-client-address': '203.0.113.9' },
  body: BODY,
};
/** The request as the projects subgraph receives it. */
const received = (overrides: Partial<SignedRequest> = {}): SignedRequest => ({
  subgraph: 'projects',
  method: 'POST',
  path: '/graphql',
  bodyDigest: bodyDigest(Buffer.from(BODY)),
  idempotencyKey: 'k-1',
  clientAddress: '203.0.113.9',
  ...overrides,
});
const headersOf = (signed: Record<string, string>) => ({ identity: signed[IDENTITY_HEADER], signature: signed[SIGNATURE_HEADER] });
const projectsKey = subgraphKey(MASTER, 'projects');

describe('the key of each subgraph', () => {
  it('is HKDF-SHA256 of the master secret, salt "panjare subgraph request signature", info the subgraph name, 32 bytes', () => {
    const expected = Buffer.from(hkdfSync('sha256', MASTER, 'panjare subgraph request signature', 'projects', 32));
    expect(projectsKey.equals(expected)).toBe(true);
    expect(subgraphKey(MASTER, 'catalogue').equals(projectsKey)).toBe(false);
    expect(subgraphKey(`${MASTER}!`, 'projects').equals(projectsKey)).toBe(false);
    const keys = subgraphKeys(MASTER);
    expect(keys('projects')).toBe(keys('projects'));
    expect(keys('projects').equals(projectsKey)).toBe(true);
  });
});

describe('the request signature', () => {
  it('is the documented HMAC, reproducible without our code', () => {
    const now = 1_800_000_000_000;
    const signed = signRequest(editor, outgoing, projectsKey, now);
    const [, t, nonce, mac] = /^t=(\d+),n=([\w-]{22}),v2=([\w-]{43})$/.exec(signed[SIGNATURE_HEADER]!)!;
    const identity = Buffer.from(JSON.stringify(editor)).toString('base64url');
    expect(signed[IDENTITY_HEADER]).toBe(identity);
    const digest = createHash('sha256').update(BODY).digest('base64url');
    const text = ['panjare-v2', t, nonce, 'projects', 'POST', '/graphql', digest, identity, 'k-1', '203.0.113.9'].join('\n');
    expect(createHmac('sha256', projectsKey).update(text).digest('base64url')).toBe(mac);
    expect(Number(t)).toBe(now / 1000);
  });

  it('round-trips an identity and an anonymous caller, with a fresh nonce each time', () => {
    const now = Date.now();
    const first = verifyRequest(headersOf(signRequest(editor, outgoing, projectsKey, now)), received(), projectsKey, now);
    const second = verifyRequest(headersOf(signRequest(editor, outgoing, projectsKey, now)), received(), projectsKey, now);
    expect(first).toEqual({ status: 'valid', identity: editor, nonce: expect.stringMatching(/^[\w-]{22}$/), expiresAt: (Math.floor(now / 1000) + 60) * 1000 });
    expect(second.status === 'valid' && first.status === 'valid' && second.nonce !== first.nonce).toBe(true);
    expect(verifyRequest(headersOf(signRequest(null, outgoing, projectsKey, now)), received(), projectsKey, now)).toMatchObject({ status: 'valid', identity: null });
    expect(verifyRequest({}, received(), projectsKey, now)).toEqual({ status: 'unsigned' });
  });

  it('signs a path with its query string, and absent headers as empty', () => {
    const bare = { ...outgoing, url: 'http://x:1/graphql?a=1', headers: {} };
    const signed = headersOf(signRequest(editor, bare, projectsKey));
    expect(pathOf(bare.url)).toBe('/graphql?a=1');
    expect(verifyRequest(signed, received({ path: '/graphql?a=1', idempotencyKey: undefined, clientAddress: undefined }), projectsKey).status).toBe('valid');
    expect(verifyRequest(signed, received({ path: '/graphql', idempotencyKey: undefined, clientAddress: undefined }), projectsKey).status).toBe('invalid');
  });

  const now = Date.now();
  const signed = headersOf(signRequest(editor, outgoing, projectsKey, now));
  it.each<[string, SignedRequest, Buffer?]>([
    ['another body (one character changed)', received({ bodyDigest: bodyDigest(BODY.replace('40', '41')) })],
    ['an empty body', received({ bodyDigest: bodyDigest('') })],
    ['another subgraph, with its own key', received({ subgraph: 'catalogue' }), subgraphKey(MASTER, 'catalogue')],
    ['another subgraph name under the same key', received({ subgraph: 'catalogue' })],
    ['the right name but another subgraph\'s key', received(), subgraphKey(MASTER, 'inquiries')],
    ['another path', received({ path: '/graphql/' })],
    ['another method', received({ method: 'GET' })],
    ['another Idempotency-Key', received({ idempotencyKey: 'k-2' })],
    ['no Idempotency-Key', received({ idempotencyKey: undefined })],
    ['another client address', received({ clientAddress: '198.51.100.1' })],
    ['another master secret', received(), subgraphKey('another-master-secret-of-32-chars!!', 'projects')],
  ])('refuses it for %s', (_case, request, key = projectsKey) => {
    expect(verifyRequest(signed, request, key, now)).toEqual({ status: 'invalid', reason: expect.stringMatching(/does not match/) });
  });

  it('refuses it out of its window, and with a changed timestamp, nonce or identity', () => {
    expect(verifyRequest(signed, received(), projectsKey, now + 61_000)).toEqual({ status: 'invalid', reason: 'gateway signature too old' });
    expect(verifyRequest(signed, received(), projectsKey, now - 61_000)).toEqual({ status: 'invalid', reason: 'gateway signature too old' });
    expect(verifyRequest(signed, received(), projectsKey, now + 59_000).status).toBe('valid');
    const shifted = signed.signature!.replace(/^t=(\d+)/, (_m, t) => `t=${Number(t) + 1}`);
    expect(verifyRequest({ ...signed, signature: shifted }, received(), projectsKey, now).status).toBe('invalid');
    const renonced = signed.signature!.replace(/,n=([\w-]{22})/, `,n=${'A'.repeat(22)}`);
    expect(verifyRequest({ ...signed, signature: renonced }, received(), projectsKey, now).status).toBe('invalid');
    const admin = headersOf(signRequest({ ...editor, roles: ['admin'] }, outgoing, projectsKey, now));
    expect(verifyRequest({ identity: admin.identity, signature: signed.signature }, received(), projectsKey, now).status).toBe('invalid');
  });

  it('refuses the old identity-only format and malformed headers', () => {
    const t = Math.floor(now / 1000);
    const v1 = `t=${t},v1=${createHmac('sha256', MASTER).update(`${t}.${signed.identity}`).digest('base64url')}`;
    expect(verifyRequest({ identity: signed.identity, signature: v1 }, received(), projectsKey, now)).toEqual({ status: 'invalid', reason: 'malformed gateway signature' });
    expect(verifyRequest({ identity: signed.identity }, received(), projectsKey, now)).toEqual({ status: 'invalid', reason: 'malformed gateway signature' });
    expect(verifyRequest({ signature: signed.signature }, received(), projectsKey, now)).toEqual({ status: 'invalid', reason: 'malformed gateway signature' });
  });

  it('refuses a well-signed payload that is not an identity', () => {
    const payload = Buffer.from(JSON.stringify({ subject: 'x', agencyId: 1, roles: ['root'] })).toString('base64url');
    const t = Math.floor(now / 1000);
    const nonce = 'B'.repeat(22);
    const text = ['panjare-v2', t, nonce, 'projects', 'POST', '/graphql', received().bodyDigest, payload, 'k-1', '203.0.113.9'].join('\n');
    const mac = createHmac('sha256', projectsKey).update(text).digest('base64url');
    expect(verifyRequest({ identity: payload, signature: `t=${t},n=${nonce},v2=${mac}` }, received(), projectsKey, now)).toEqual({ status: 'invalid', reason: 'malformed identity' });
  });
});

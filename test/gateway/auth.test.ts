import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { codeOf } from '../support/projects';
import { startTestStack, TEST_SECRETS, type TestStack } from '../support/stack';
import { bearer } from '../support/tokens';

/** Bearer tokens at the gateway. Nothing here writes: the shared seeded database is only read. */
const READ = '{ projectStats { projects } }';

/** A token signed with the test secret, with exactly the time claims given (bearer() always sets iat and exp). */
const unsigned = async (times: { iat?: number; exp?: number }) => {
  let jwt = new SignJWT({ roles: ['admin'], ...times }).setProtectedHeader({ alg: 'HS256' }).setSubject('timeless').setIssuer('panjare').setAudience('panjare-api');
  if (times.iat !== undefined) jwt = jwt.setIssuedAt(times.iat);
  return { authorization: `Bearer ${await jwt.sign(new TextEncoder().encode(TEST_SECRETS.JWT_SECRET))}` };
};

describe('tokens the gateway refuses, on reads too: 401 UNAUTHENTICATED saying why', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.stop());

  it.each([
    ['an expired token', () => bearer({ ttl: -60, roles: ['admin'] }), /expired/],
    ['a token signed with another key', () => bearer({ roles: ['admin'], secret: 'some-other-secret-of-thirty-two-chars' }), /signature is not valid/],
    ['a token of another issuer', () => bearer({ issuer: 'elsewhere' }), /"iss" claim/],
    ['a token for another audience', () => bearer({ audience: 'another-api' }), /"aud" claim/],
    ['a token naming an unknown agency code', () => bearer({ agency: 'NO-SUCH-AGENCY' }), /agency "NO-SUCH-AGENCY" is not an agency/],
    ['a token whose agency is neither id nor code', () => bearer({ agency: -4 }), /"agency" claim/],
    ['garbage for a token', async () => ({ authorization: 'Bearer not.a.jwt' }), /malformed/],
    ['a token valid for 100 years', () => bearer({ ttl: 100 * 365 * 86_400, roles: ['admin'] }), /valid for 3153600000 s \(exp - iat\), longer than the 86400 s this API accepts/],
    ['a token valid for a day and a second', () => bearer({ ttl: 86_401, roles: ['admin'] }), /longer than the 86400 s/],
    ['a token without iat', () => unsigned({ exp: Math.floor(Date.now() / 1000) + 600 }), /no "iat" claim/],
    ['a token without exp', () => unsigned({ iat: Math.floor(Date.now() / 1000) }), /no "exp" claim/],
    ['a token issued in the future', () => unsigned({ iat: Math.floor(Date.now() / 1000) + 3600, exp: Math.floor(Date.now() / 1000) + 7200 }), /"iat" claim is not valid/],
    ['a header that is not Bearer', async () => ({ authorization: 'Basic dXNlcjpwYXNz' }), /Bearer <token>/],
  ])('%s', async (_case, headers, message) => {
    const response = await stack.query(READ, {}, await headers());
    expect(response.status).toBe(401);
    expect(codeOf(response)).toBe('UNAUTHENTICATED');
    expect(response.errors![0].message).toMatch(message);
    expect(response.errors![0].extensions).toEqual({ code: 'UNAUTHENTICATED', requestId: expect.any(String) });
    expect(response.data).toBeUndefined();
    expect(JSON.stringify(response)).not.toMatch(/stacktrace|    at /);
  });

  it('an alg=none token is refused', async () => {
    const payload = Buffer.from(JSON.stringify({ sub: 'x', roles: ['admin'], iss: 'panjare', aud: 'panjare-api', exp: 9_999_999_999 })).toString('base64url');
    const response = await stack.query(READ, {}, { authorization: `Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.${payload}.` });
    expect(response.status).toBe(401);
    expect(codeOf(response)).toBe('UNAUTHENTICATED');
  });

  it('anonymous reads and valid tokens are answered; an agency code resolves to the catalogue id', async () => {
    expect((await stack.query(READ)).data).toEqual({ projectStats: { projects: 23 } });
    const { agency, projects } = (await stack.query('{ agency(id: "5") { code projects { id } } projects { id } }')).data;
    const outsideProject = projects.find((project: { id: string }) => !agency.projects.some((own: { id: string }) => own.id === project.id));
    // The refusal names agency 5: the code in the token became the catalogue's id (and nothing is written).
    const response = await stack.query(
      'mutation($id: ID!) { reportProgress(projectId: $id, progress: 1) { id } }',
      { id: outsideProject.id },
      await bearer({ agency: agency.code }),
    );
    expect(codeOf(response)).toBe('FORBIDDEN');
    expect(response.errors![0].message).toMatch(/^Agency 5 neither leads nor takes part/);
    const read = await stack.query(READ, {}, await bearer({ agency: agency.code }));
    expect(read.data).toEqual({ projectStats: { projects: 23 } });
  });

  it('an anonymous mutation: UNAUTHENTICATED from the projects subgraph, saying what it needs', async () => {
    const response = await stack.query('mutation { openTicket(projectId: "1", title: "t") { id } }');
    expect(codeOf(response)).toBe('UNAUTHENTICATED');
    expect(response.errors![0].message).toMatch(/bearer token.*editor.*admin/);
  });
});

describe('REQUIRE_AUTH_FOR_READS', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ REQUIRE_AUTH_FOR_READS: 'true' });
  });
  afterAll(() => stack.stop());

  it('refuses an anonymous read with 401 and answers one with a token', async () => {
    const anonymous = await stack.query(READ);
    expect(anonymous.status).toBe(401);
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    expect(anonymous.errors![0].message).toMatch(/needs a bearer token/);
    const signedIn = await stack.query(READ, {}, await bearer({ roles: [] }));
    expect(signedIn.data).toEqual({ projectStats: { projects: 23 } });
  });
});

describe('JWKS_URL: RS256 and ES256 tokens checked against a key set served over HTTP', () => {
  let stack: TestStack;
  let server: http.Server;
  const keys: Record<'RS256' | 'ES256', CryptoKey> = {} as never;
  beforeAll(async () => {
    const jwks = { keys: [] as object[] };
    for (const alg of ['RS256', 'ES256'] as const) {
      const pair = await generateKeyPair(alg);
      keys[alg] = pair.privateKey as CryptoKey;
      jwks.keys.push({ ...(await exportJWK(pair.publicKey)), kid: alg, alg, use: 'sig' });
    }
    server = http.createServer((_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    stack = await startTestStack({ JWKS_URL: `http://127.0.0.1:${port}/jwks.json`, JWT_ISSUER: 'https://id.example', JWT_AUDIENCE: 'panjare' });
  });
  afterAll(async () => {
    await stack.stop();
    server.close();
  });

  const sign = (alg: 'RS256' | 'ES256', key: CryptoKey, roles: string[] = ['admin']) =>
    new SignJWT({ roles })
      .setProtectedHeader({ alg, kid: alg })
      .setSubject('sso-user')
      .setIssuer('https://id.example')
      .setAudience('panjare')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(key);

  it.each(['RS256', 'ES256'] as const)('a %s token of the key set is accepted and reaches the subgraph as the caller', async (alg) => {
    // an admin reads any project's audit log; an anonymous caller would get UNAUTHENTICATED
    const response = await stack.query('{ projectByNumber(number: 1) { auditLog(first: 1) { totalCount } } }', {}, { authorization: `Bearer ${await sign(alg, keys[alg])}` });
    expect(response.errors).toBeUndefined();
    expect(response.data.projectByNumber.auditLog.totalCount).toBeGreaterThanOrEqual(0);
  });

  it('a token signed by a key outside the set, or an HS256 token, is refused', async () => {
    const stranger = (await generateKeyPair('RS256')).privateKey as CryptoKey;
    for (const token of [await sign('RS256', stranger), (await bearer({ roles: ['admin'] })).authorization.slice(7)]) {
      const response = await stack.query(READ, {}, { authorization: `Bearer ${token}` });
      expect(response.status).toBe(401);
      expect(codeOf(response)).toBe('UNAUTHENTICATED');
    }
  });
});

describe('JWKS_URL unreachable', () => {
  let stack: TestStack;
  beforeAll(async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    stack = await startTestStack({ JWKS_URL: `http://127.0.0.1:${port}/jwks.json` });
  });
  afterAll(() => stack.stop());

  it('a token cannot be checked: 503 SERVICE_UNAVAILABLE, not a 500; anonymous reads still answered', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const token = await new SignJWT({ roles: ['admin'] }).setProtectedHeader({ alg: 'RS256' }).setSubject('x').setIssuer('panjare').setAudience('panjare-api').setIssuedAt().setExpirationTime('5m').sign(privateKey);
    const response = await stack.query(READ, {}, { authorization: `Bearer ${token}` });
    expect(response.status).toBe(503);
    expect(codeOf(response)).toBe('SERVICE_UNAVAILABLE');
    expect(response.errors![0].message).toMatch(/signing keys are unavailable/);
    expect((await stack.query(READ)).data).toEqual({ projectStats: { projects: 23 } });
  });
});

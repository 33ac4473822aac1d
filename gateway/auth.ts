import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { Config } from '../lib/config';
import { unauthenticated } from '../lib/auth/errors';
import { ROLES, type Identity, type Role } from '../lib/auth/identity';
import type { TokenKeys } from '../lib/auth/secrets';
import type { AgencyResolver } from './agency-codes';

/** Turns a request's bearer token into the caller's identity: null for an anonymous caller. */
export type Authenticator = (request: Request) => Promise<Identity | null>;

const HS_ALGORITHMS = ['HS256'];
const JWKS_ALGORITHMS = ['RS256', 'ES256'];

export function createAuthenticator(config: Config, keys: TokenKeys, agencies: AgencyResolver): Authenticator {
  const key: Uint8Array | JWTVerifyGetKey = keys.kind === 'jwks' ? createRemoteJWKSet(new URL(keys.url)) : new TextEncoder().encode(keys.secret);
  const options = {
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    algorithms: keys.kind === 'jwks' ? JWKS_ALGORITHMS : HS_ALGORITHMS,
    // A token must say when it was issued and when it expires, and be no older than the longest lifetime allowed.
    requiredClaims: ['sub', 'exp', 'iat'],
    maxTokenAge: config.JWT_MAX_LIFETIME_S,
  };

  return async (request) => {
    const header = request.headers.authorization;
    if (!header) {
      if (config.REQUIRE_AUTH_FOR_READS) throw unauthenticated('This API needs a bearer token: send "Authorization: Bearer <token>"', 401);
      return null;
    }
    const match = /^Bearer +([A-Za-z0-9._~+/=-]+)$/i.exec(header.trim());
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>"', 401);
    let payload: JWTPayload;
    try {
      // jwtVerify is overloaded on the key's type; both branches take the same options.
      payload = (typeof key === 'function' ? await jwtVerify(match[1], key, options) : await jwtVerify(match[1], key, options)).payload;
    } catch (error) {
      throw tokenError(error);
    }
    const lifetime = (payload.exp as number) - (payload.iat as number);
    if (lifetime > config.JWT_MAX_LIFETIME_S) {
      throw unauthenticated(`The bearer token is valid for ${lifetime} s (exp - iat), longer than the ${config.JWT_MAX_LIFETIME_S} s this API accepts: get a shorter-lived token`, 401);
    }
    return identityOf(payload, agencies);
  };
}

function tokenError(error: unknown): GraphQLError {
  if (error instanceof errors.JWTExpired) return unauthenticated('The bearer token has expired: get a new one', 401);
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.reason === 'missing') return unauthenticated(`The bearer token has no "${error.claim}" claim: tokens must name their subject and say when they were issued (iat) and expire (exp)`, 401);
    return unauthenticated(`The bearer token's "${error.claim}" claim is not valid: ${error.reason}`, 401);
  }
  if (error instanceof errors.JWKSTimeout || !(error instanceof errors.JOSEError)) {
    return new GraphQLError('Cannot verify the bearer token now: the signing keys are unavailable', {
      originalError: error instanceof Error ? error : undefined,
      extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
    });
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return unauthenticated('The bearer token is signed with an algorithm this API does not accept', 401);
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey) {
    return unauthenticated('The bearer token\'s signature is not valid: it was not issued for this API', 401);
  }
  return unauthenticated('The bearer token is malformed', 401);
}

async function identityOf(payload: JWTPayload, agencies: AgencyResolver): Promise<Identity> {
  const subject = payload.sub;
  if (!subject || subject.length > 200) throw unauthenticated('The bearer token\'s "sub" claim must be 1 to 200 characters', 401);
  const claimed = payload.roles ?? [];
  if (!Array.isArray(claimed) || !claimed.every((role) => typeof role === 'string')) {
    throw unauthenticated('The bearer token\'s "roles" claim must be a list of strings', 401);
  }
  const roles = ROLES.filter((role: Role) => claimed.includes(role));
  const agency = payload.agency;
  if (agency !== undefined && typeof agency !== 'string' && typeof agency !== 'number') {
    throw unauthenticated('The bearer token\'s "agency" claim must be an agency id or code', 401);
  }
  const agencyId = agency === undefined ? null : await agencies(agency);
  return { subject, agencyId, roles };
}

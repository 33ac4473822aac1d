import { SignJWT } from 'jose';
import type { Role } from './identity';

export interface TokenClaims {
  subject: string;
  /** An agency id or code. */
  agency?: string | number;
  roles: Role[];
  issuer: string;
  audience: string;
  /** A jose time span ("1h", "30m") or seconds. */
  ttl: string | number;
}

/** An HS256 bearer token with the claims the gateway reads (local use and tests). */
export function mintToken(secret: string, claims: TokenClaims): Promise<string> {
  const jwt = new SignJWT({ roles: claims.roles, ...(claims.agency === undefined ? {} : { agency: claims.agency }) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.subject)
    .setIssuer(claims.issuer)
    .setAudience(claims.audience)
    .setIssuedAt()
    .setExpirationTime(typeof claims.ttl === 'number' ? Math.floor(Date.now() / 1000) + claims.ttl : claims.ttl);
  return jwt.sign(new TextEncoder().encode(secret));
}

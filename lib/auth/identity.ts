import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

export const ROLES = ['editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * The caller's identity as the gateway hands it to the subgraphs: verified from a bearer token
 * at the gateway, then signed with the gateway–subgraph secret (HMAC-SHA256 over a timestamp
 * and the identity), so a subgraph can tell a request relayed by the gateway from one sent
 * to it directly.
 */
export interface Identity {
  /** The token's `sub`. */
  subject: string;
  /** The catalogue id of the caller's agency; null when the token names none. */
  agencyId: number | null;
  roles: Role[];
}

export const IDENTITY_HEADER = 'x-panjare-identity';
export const SIGNATURE_HEADER = 'x-panjare-signature';
export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** The client's address, as the gateway saw it, for the subgraphs' audit. */
export const CLIENT_ADDRESS_HEADER = 'x-panjare-client-address';

/** How old a signature may be (and how far in the future, for clock skew), in seconds. */
export const SIGNATURE_MAX_AGE = 60;

const identitySchema = z
  .object({
    subject: z.string().min(1).max(200),
    agencyId: z.number().int().positive().nullable(),
    roles: z.array(z.enum(ROLES)),
  })
  .strict()
  .nullable();

const mac = (secret: string, timestamp: number, payload: string) =>
  createHmac('sha256', secret).update(`${timestamp}.${payload}`).digest('base64url');

/** The headers that carry `identity` (null: an anonymous caller) to a subgraph. */
export function signIdentity(identity: Identity | null, secret: string, now = Date.now()): Record<string, string> {
  const payload = Buffer.from(JSON.stringify(identity), 'utf8').toString('base64url');
  const timestamp = Math.floor(now / 1000);
  return { [IDENTITY_HEADER]: payload, [SIGNATURE_HEADER]: `t=${timestamp},v1=${mac(secret, timestamp, payload)}` };
}

export type Verification =
  | { status: 'unsigned' }
  | { status: 'valid'; identity: Identity | null }
  | { status: 'invalid'; reason: string };

/** Checks the headers `signIdentity` made; `unsigned` when neither header is there. */
export function verifyIdentity(
  headers: { identity?: string; signature?: string },
  secret: string,
  now = Date.now(),
): Verification {
  if (headers.identity === undefined && headers.signature === undefined) return { status: 'unsigned' };
  const match = /^t=([0-9]{1,12}),v1=([A-Za-z0-9_-]{43})$/.exec(headers.signature ?? '');
  if (!match || headers.identity === undefined) return { status: 'invalid', reason: 'malformed gateway signature' };
  const timestamp = Number(match[1]);
  if (Math.abs(now / 1000 - timestamp) > SIGNATURE_MAX_AGE) return { status: 'invalid', reason: 'gateway signature too old' };
  const expected = Buffer.from(mac(secret, timestamp, headers.identity));
  const given = Buffer.from(match[2]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { status: 'invalid', reason: 'gateway signature does not match' };
  try {
    const parsed = identitySchema.safeParse(JSON.parse(Buffer.from(headers.identity, 'base64url').toString('utf8')));
    return parsed.success ? { status: 'valid', identity: parsed.data } : { status: 'invalid', reason: 'malformed identity' };
  } catch {
    return { status: 'invalid', reason: 'malformed identity' };
  }
}

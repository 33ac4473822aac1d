import { z } from 'zod';

export const ROLES = ['editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * The caller's identity as the gateway hands it to the subgraphs: verified from a bearer token
 * at the gateway, then signed together with the request that carries it (request-signature.ts),
 * so a subgraph can tell a request relayed by the gateway from one sent to it directly.
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

/** The identity header's value: the identity (null: anonymous) as base64url JSON. */
export function encodeIdentity(identity: Identity | null): string {
  return Buffer.from(JSON.stringify(identity), 'utf8').toString('base64url');
}

/** The identity an identity header carries; undefined when it carries none (malformed). */
export function decodeIdentity(payload: string): Identity | null | undefined {
  try {
    const parsed = identitySchema.safeParse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

import type { ApolloServerPlugin } from '@apollo/server';
import type { Request } from 'express';
import { unauthenticated } from '../../lib/auth/errors';
import { isIP } from 'node:net';
import { CLIENT_ADDRESS_HEADER, IDEMPOTENCY_HEADER, IDENTITY_HEADER, SIGNATURE_HEADER, verifyIdentity, type Identity } from '../../lib/auth/identity';
import type { SubgraphSecret } from '../../lib/auth/secrets';

/** Who is calling a subgraph, as the gateway signed it. */
export interface CallerContext {
  /** The verified caller; null for an anonymous one (or an unsigned read when SUBGRAPH_SECRET is unset). */
  caller: Identity | null;
  /** The request carries a valid gateway signature. */
  signed: boolean;
  /** The client's Idempotency-Key header, passed on by the gateway. */
  idempotencyKey: string | null;
  /** The client's address, passed on by the gateway (null when not a valid IP address). */
  clientAddress: string | null;
}

/**
 * Verifies the gateway's signature once per request. A bad signature is refused outright;
 * a missing one too when SUBGRAPH_SECRET is set (strict), else the request may only read.
 */
export function readCaller(request: Request, { secret, strict }: SubgraphSecret): CallerContext {
  const verification = verifyIdentity({ identity: request.get(IDENTITY_HEADER), signature: request.get(SIGNATURE_HEADER) }, secret);
  if (verification.status === 'invalid') {
    throw unauthenticated(`This subgraph answers the gateway only: ${verification.reason}`, 401);
  }
  if (verification.status === 'unsigned') {
    if (strict) throw unauthenticated('This subgraph answers the gateway only: the request carries no gateway signature', 401);
    return { caller: null, signed: false, idempotencyKey: null, clientAddress: null };
  }
  const clientAddress = request.get(CLIENT_ADDRESS_HEADER) ?? '';
  return { caller: verification.identity, signed: true, idempotencyKey: request.get(IDEMPOTENCY_HEADER) ?? null, clientAddress: isIP(clientAddress) ? clientAddress : null };
}

/** Refuses any mutation that did not come signed through the gateway, before a resolver runs. */
export function signedMutationsOnly(): ApolloServerPlugin<CallerContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === 'mutation' && !contextValue.signed) {
            throw unauthenticated('Writes go through the gateway: this mutation carries no gateway signature', 401);
          }
        },
      };
    },
  };
}

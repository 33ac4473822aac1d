import type { ApolloServerPlugin } from '@apollo/server';
import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import { isIP } from 'node:net';
import { unauthenticated } from '../../lib/auth/errors';
import { CLIENT_ADDRESS_HEADER, decodeIdentity, IDEMPOTENCY_HEADER, IDENTITY_HEADER, SIGNATURE_HEADER, SIGNATURE_MAX_AGE, type Identity } from '../../lib/auth/identity';
import type { NonceStore } from '../../lib/auth/nonces';
import { EMPTY_BODY_DIGEST, verifyRequest } from '../../lib/auth/request-signature';
import { bodyDigestOf } from '../../lib/http/body-digest';
import type { RequestIdentified } from '../../lib/http/request-id';
import type { Logger } from '../../lib/logger';
import { logSecurityEvent } from '../../lib/security-events';

/** Who is calling a subgraph, as the gateway signed it. */
export interface CallerContext {
  /** The verified caller; null for an anonymous one (or an unsigned read when SUBGRAPH_SECRET is unset). */
  caller: Identity | null;
  /** The request carries a valid gateway signature. */
  signed: boolean;
  /** The signature's nonce and when it expires (ms): a mutation claims it, so that it runs once. */
  signature: { nonce: string; expiresAt: number } | null;
  /** The client's Idempotency-Key header, passed on by the gateway. */
  idempotencyKey: string | null;
  /** The client's address, passed on by the gateway (null when not a valid IP address). */
  clientAddress: string | null;
  /** Where this request came from (the gateway, or whoever else reached the subgraph), for security events. */
  peerAddress: string | null;
}

/** What a subgraph checks each request's signature with. */
export interface SignatureCheck {
  /** This subgraph's name, as the gateway signs for it. */
  subgraph: string;
  /** This subgraph's key, derived from SUBGRAPH_SECRET (request-signature.ts). */
  key: Buffer;
  /** SUBGRAPH_SECRET was set: every request, reads too, must carry the gateway's signature. */
  strict: boolean;
  /** Mutations' nonces already used, shared by the replicas through Redis when REDIS_URL is set. */
  nonces: NonceStore;
  logger: Logger;
}

/** Logs the refusal once, as a security event, and returns the error that refuses the request. */
function refuse(check: SignatureCheck, request: Request, requestId: string | undefined, reason: string): GraphQLError {
  const header = request.get(IDENTITY_HEADER);
  const claimed = header === undefined ? undefined : decodeIdentity(header);
  logSecurityEvent(check.logger, {
    event: 'signature_refused',
    subject: claimed?.subject ?? null,
    agency: claimed?.agencyId ?? null,
    reason,
    requestId: requestId ?? null,
    clientAddress: request.ip ?? null,
    subgraph: check.subgraph,
  });
  return unauthenticated(`This subgraph answers the gateway only: ${reason}`, 401);
}

/**
 * Verifies the gateway's signature once per request, over the request as received (its body's
 * digest was taken while the body was read). A bad signature is refused outright; a missing one
 * too when SUBGRAPH_SECRET is set (strict), else the request may only read.
 */
export function readCaller(request: Request, requestId: string | undefined, check: SignatureCheck): CallerContext {
  const verification = verifyRequest(
    { identity: request.get(IDENTITY_HEADER), signature: request.get(SIGNATURE_HEADER) },
    {
      subgraph: check.subgraph,
      method: request.method,
      path: request.originalUrl,
      bodyDigest: bodyDigestOf(request) ?? EMPTY_BODY_DIGEST,
      idempotencyKey: request.get(IDEMPOTENCY_HEADER),
      clientAddress: request.get(CLIENT_ADDRESS_HEADER),
    },
    check.key,
  );
  const peerAddress = request.ip ?? null;
  if (verification.status === 'invalid') throw refuse(check, request, requestId, verification.reason);
  if (verification.status === 'unsigned') {
    if (check.strict) throw refuse(check, request, requestId, 'the request carries no gateway signature');
    return { caller: null, signed: false, signature: null, idempotencyKey: null, clientAddress: null, peerAddress };
  }
  const clientAddress = request.get(CLIENT_ADDRESS_HEADER) ?? '';
  return {
    caller: verification.identity,
    signed: true,
    signature: { nonce: verification.nonce, expiresAt: verification.expiresAt },
    idempotencyKey: request.get(IDEMPOTENCY_HEADER) ?? null,
    clientAddress: isIP(clientAddress) ? clientAddress : null,
    peerAddress,
  };
}

/**
 * Refuses, before a resolver runs, any mutation that did not come signed through the gateway, and
 * one whose signature was used before: a captured write replayed verbatim runs once. The nonce is
 * kept a window longer than the signature lives, for replicas whose clocks differ a little.
 */
export function signedMutationsOnly(check: SignatureCheck): ApolloServerPlugin<CallerContext & Partial<RequestIdentified>> {
  const logEvent = (contextValue: CallerContext & Partial<RequestIdentified>, reason: string) =>
    logSecurityEvent(check.logger, {
      event: 'signature_refused',
      subject: contextValue.caller?.subject ?? null,
      agency: contextValue.caller?.agencyId ?? null,
      reason,
      requestId: contextValue.requestId ?? null,
      clientAddress: contextValue.peerAddress,
      subgraph: check.subgraph,
    });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          if (!contextValue.signed || !contextValue.signature) {
            logEvent(contextValue, 'a mutation without a gateway signature');
            throw unauthenticated('Writes go through the gateway: this mutation carries no gateway signature', 401);
          }
          const { nonce, expiresAt } = contextValue.signature;
          let fresh: boolean;
          try {
            fresh = await check.nonces.claim(`${check.subgraph}:${nonce}`, expiresAt + SIGNATURE_MAX_AGE * 1000);
          } catch (error) {
            check.logger.warn({ err: error, requestId: contextValue.requestId }, 'cannot tell whether a mutation\'s signature was used before: refused');
            throw new GraphQLError('Cannot check this write\'s gateway signature now: retry it', { extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } } });
          }
          if (!fresh) {
            logEvent(contextValue, 'a mutation\'s gateway signature used again');
            throw unauthenticated('This subgraph answers the gateway only: this mutation\'s gateway signature was used before', 401);
          }
        },
      };
    },
  };
}

import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import { decodeJwt } from 'jose';
import type { Config } from '../lib/config';
import { IDEMPOTENCY_HEADER, type Identity } from '../lib/auth/identity';
import { signRequest, subgraphKeys, type OutgoingRequest } from '../lib/auth/request-signature';
import { subgraphSecret, tokenKeys } from '../lib/auth/secrets';
import type { Logger } from '../lib/logger';
import { logSecurityEvent } from '../lib/security-events';
import { createAgencyResolver } from './agency-codes';
import { createAuthenticator } from './auth';
import type { RequestIdentified } from '../lib/http/request-id';

/** What the gateway knows of a request: who calls (verified), from where, and the retry key to pass on. */
export interface GatewayContext extends Partial<RequestIdentified> {
  identity: Identity | null;
  idempotencyKey: string | null;
  /** The client's address (Express's `request.ip`: the connection's peer, or per TRUST_PROXY the address a trusted proxy names). */
  clientAddress: string | null;
  /** For a query with the gateway's caches on: the cache generation it reads in (see caches.ts). */
  cacheGeneration?: string;
  /** Set when the response cache was skipped for this query: its variables cannot be keyed. */
  responseCacheBypassed?: boolean;
  /** The request's deadline: once it fires, no subgraph fetch starts, and those in flight are cut off (DEADLINE_EXCEEDED). */
  signal?: AbortSignal;
  /** The request's work bounded (backstop.ts): its deadline (whose signal is `signal`) and the size of its subgraphs' answers. */
  work?: RequestWork;
  /** The operation's estimated cost, once known (cost.ts); what the rate limit spends. */
  cost?: number;
}

export type Abandonment = 'DEADLINE_EXCEEDED' | 'RESPONSE_TOO_LARGE';

/** One request's work, bounded (backstop.ts): its deadline, and the bytes its subgraphs have sent so far. */
export interface RequestWork {
  /** Fires at the deadline, or once the subgraphs' answers pass the size cap: every fetch in flight is cut off, none starts. */
  signal: AbortSignal;
  /** Counts bytes of a subgraph answer as they arrive. */
  received(bytes: number): void;
  /** Why the request was abandoned, if it was. */
  abandoned(): Abandonment | undefined;
  finish(): void;
}

export interface GatewayAuth {
  context(request: Request, requestId: string): Promise<GatewayContext>;
  /** The headers that tell a subgraph who is calling, signed together with the request that carries them. */
  sign(identity: Identity | null, request: OutgoingRequest): Record<string, string>;
}

/** `catalogueUrl`: where agency codes are resolved; a supergraph without a catalogue resolves none (a token naming one is refused). */
export function createGatewayAuth(config: Config, catalogueUrl: string | undefined, logger: Logger): GatewayAuth {
  const { secret } = subgraphSecret(config);
  const keys = subgraphKeys(secret);
  const sign = (identity: Identity | null, request: OutgoingRequest) => signRequest(identity, request, keys(request.subgraph));
  const authenticate = createAuthenticator(config, tokenKeys(config), createAgencyResolver(catalogueUrl, (request) => sign(null, { subgraph: 'catalogue', ...request })));
  return {
    sign,
    context: async (request, requestId) => {
      const clientAddress = request.ip ?? null;
      let identity: Identity | null;
      try {
        identity = await authenticate(request);
      } catch (error) {
        if (request.headers.authorization && error instanceof GraphQLError && error.extensions.code === 'UNAUTHENTICATED') {
          logSecurityEvent(logger, { event: 'token_refused', ...claimsOf(request.headers.authorization), reason: error.message, requestId, clientAddress });
        }
        throw error;
      }
      return { identity, idempotencyKey: request.get(IDEMPOTENCY_HEADER) ?? null, clientAddress };
    },
  };
}

/** What a refused token claims (unverified), for the log: never the token itself. */
function claimsOf(header: string): { subject: string | null; agency: string | number | null } {
  try {
    const payload = decodeJwt(header.replace(/^Bearer +/i, '').trim());
    const subject = typeof payload.sub === 'string' ? payload.sub.slice(0, 200) : null;
    const agency = typeof payload.agency === 'string' ? payload.agency.slice(0, 200) : typeof payload.agency === 'number' ? payload.agency : null;
    return { subject, agency };
  } catch {
    return { subject: null, agency: null };
  }
}

import type { Request } from 'express';
import type { Config } from '../lib/config';
import { IDEMPOTENCY_HEADER, signIdentity, type Identity } from '../lib/auth/identity';
import { subgraphSecret, tokenKeys } from '../lib/auth/secrets';
import { createAgencyResolver } from './agency-codes';
import { createAuthenticator } from './auth';
import type { RequestIdentified } from '../lib/http/request-id';

/** What the gateway knows of a request: who calls (verified) and the retry key to pass on. */
export interface GatewayContext extends Partial<RequestIdentified> {
  identity: Identity | null;
  idempotencyKey: string | null;
  /** For a query with the gateway's caches on: the cache generation it reads in (see caches.ts). */
  cacheGeneration?: string;
  /** Set when the response cache was skipped for this query: its kind's answers rarely repeat (see cache-admission.ts), or its variables cannot be keyed. */
  responseCacheBypassed?: boolean;
  /** The request's deadline: once it fires, no subgraph fetch starts, and those in flight are cut off (DEADLINE_EXCEEDED). */
  signal?: AbortSignal;
}

export interface GatewayAuth {
  context(request: Request): Promise<GatewayContext>;
  /** The headers that tell a subgraph who is calling, signed. */
  sign(identity: Identity | null): Record<string, string>;
}

/** `catalogueUrl`: where agency codes are resolved; a supergraph without a catalogue resolves none (a token naming one is refused). */
export function createGatewayAuth(config: Config, catalogueUrl: string | undefined): GatewayAuth {
  const { secret } = subgraphSecret(config);
  const sign = (identity: Identity | null) => signIdentity(identity, secret);
  const authenticate = createAuthenticator(config, tokenKeys(config), createAgencyResolver(catalogueUrl, () => sign(null)));
  return {
    sign,
    context: async (request) => ({
      identity: await authenticate(request),
      idempotencyKey: request.get(IDEMPOTENCY_HEADER) ?? null,
    }),
  };
}

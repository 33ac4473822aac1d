import type { Identity } from '../../lib/auth/identity';
import { bodyOf, type Stage } from './types';

/** The HTTP request as it will leave, and the verified caller: what a signature may cover. */
export interface SignedPart {
  subgraph: string;
  method: string;
  url: string;
  headers: Readonly<Record<string, string>>;
  body: string;
}

/** The headers that prove to the subgraph that the gateway sent this request for this caller. */
export type Signer = (request: SignedPart, identity: Identity | null) => Record<string, string>;

/**
 * Signs each fetch as it leaves: the last stage before the transport, so that the signature is
 * made over the request exactly as sent (dedupe before it compares requests unsigned).
 */
export function sign(signer: Signer): Stage {
  return (next) => (request) => {
    const { subgraph, method, url, headers, context } = request;
    return next({ ...request, headers: { ...headers, ...signer({ subgraph, method, url, headers, body: bodyOf(request) }, context.identity) } });
  };
}

import type { Identity } from '../../lib/auth/identity';
import { signRequest, subgraphKey } from '../../lib/auth/request-signature';
import { TEST_SUBGRAPH_SECRET } from './stack';

/**
 * The gateway's headers for `post(url, query, variables)` (test/support/stack.ts sends exactly
 * `{ query, variables }`) to `subgraph`: signed as the gateway signs, with the test secret unless told.
 */
export function signedFor(
  subgraph: string,
  url: string,
  query: string,
  variables: Record<string, unknown> | undefined,
  identity: Identity | null,
  { secret = TEST_SUBGRAPH_SECRET, now = Date.now(), headers = {} }: { secret?: string; now?: number; headers?: Record<string, string> } = {},
): Record<string, string> {
  const body = JSON.stringify({ query, variables });
  return { ...headers, ...signRequest(identity, { subgraph, method: 'POST', url, headers, body }, subgraphKey(secret, subgraph), now) };
}

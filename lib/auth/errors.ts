import { GraphQLError } from 'graphql';

/**
 * No, or no valid, credentials. `status` (401) only where the error stops the whole request
 * (the gateway's or a subgraph's context); a resolver's error leaves the HTTP status alone, so
 * the gateway relays it as a field error rather than as an unavailable subgraph.
 */
export function unauthenticated(message: string, status?: 401): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', ...(status ? { http: { status } } : {}) } });
}

/** Valid credentials that do not allow this. */
export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { databaseFault } from '../database/faults';
import type { Logger } from '../logger';
import { currentRequestId } from './request-id';

/** Codes whose messages were written for the client; anything else is masked. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'SUBGRAPH_UNAVAILABLE',
  'SUBGRAPH_TIMEOUT',
  'SERVICE_UNAVAILABLE',
  'NOT_IMPLEMENTED',
  'PAYLOAD_TOO_LARGE',
  // Operation limits (gateway/limits.ts) and the safelist (gateway/safelist.ts).
  'DEPTH_LIMIT_EXCEEDED',
  'ALIAS_LIMIT_EXCEEDED',
  'TOKEN_LIMIT_EXCEEDED',
  'DIRECTIVE_LIMIT_EXCEEDED',
  'COST_LIMIT_EXCEEDED',
  'BATCH_LIMIT_EXCEEDED',
  'OPERATION_NOT_SAFELISTED',
]);

/** Finds a more specific code than Apollo's wrapper gives (a limit rule's code inside a validation error, say). */
export type ErrorCodeRefiner = (error: unknown) => string | undefined;

/**
 * Apollo's formatError: clients get a message, a machine-readable code and the request id,
 * never a stack trace, SQL text or table names; unexpected errors are logged whole (with
 * the same request id) and masked. Database outages become SERVICE_UNAVAILABLE.
 */
export function formatError(logger: Logger, refine?: ErrorCodeRefiner) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const requestId = currentRequestId();
    const { stacktrace: _stacktrace, exception: _exception, ...extensions } = formatted.extensions ?? {};
    const withId = requestId ? { requestId } : {};
    const code = refine?.(error) ?? innerCode(error) ?? (isClientRequestError(error) ? 'BAD_REQUEST' : String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
    if (CLIENT_CODES.has(code)) return { ...formatted, extensions: { ...extensions, code, ...withId } };

    const cause = unwrapResolverError(error);
    const fault = databaseFault(cause);
    logger[fault ? 'warn' : 'error']({ err: cause, path: formatted.path, requestId }, fault ? 'database unavailable' : 'unexpected error');
    return {
      message: fault?.message ?? 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { ...(extensions.serviceName ? { serviceName: extensions.serviceName } : {}), code: fault?.code ?? 'INTERNAL_SERVER_ERROR', ...withId },
    };
  };
}

/** Apollo wraps validation errors, overwriting their code; the original keeps it. */
function innerCode(error: unknown): string | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  const original = error.originalError;
  if (original instanceof GraphQLError && original !== error) {
    const code = original.extensions?.code;
    if (typeof code === 'string' && CLIENT_CODES.has(code)) return code;
  }
  return undefined;
}

/** Apollo's own refusals of a malformed request (persisted-query version, hash mismatch) carry a 4xx status but no code. */
function isClientRequestError(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.extensions?.code !== undefined) return false;
  const status = (error.extensions?.http as { status?: number } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

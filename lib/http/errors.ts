import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { databaseFault } from '../database/faults';
import type { Logger } from '../logger';
import type { RequestIdentified } from './request-id';

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
  'COST_ANALYSIS_FAILED',
  'BATCH_LIMIT_EXCEEDED',
  'RATE_LIMITED',
  'DEADLINE_EXCEEDED',
  'RESPONSE_TOO_LARGE',
  'OPERATION_NOT_SAFELISTED',
]);

/** Extensions that name the parts behind the API (a subgraph, its HTTP status): logged, not answered, in production. */
const INTERNAL_EXTENSIONS = ['serviceName', 'status'] as const;

/** In production, the messages of the codes whose own messages name a subgraph. */
const PUBLIC_MESSAGES: Record<string, string> = {
  SUBGRAPH_UNAVAILABLE: 'Part of the answer is unavailable; the rest is complete. Retry later',
  SUBGRAPH_TIMEOUT: 'Part of the answer took too long; the rest is complete. Retry later',
  DEADLINE_EXCEEDED: "The request's deadline passed before its answer was complete",
};

export interface ErrorFormatOptions {
  refine?: ErrorCodeRefiner;
  /** Answer without internal details (production); the log keeps them under the request id. */
  hideInternals?: boolean;
}

/** Finds a more specific code than Apollo's wrapper gives (a limit rule's code inside a validation error, say). */
export type ErrorCodeRefiner = (error: unknown) => string | undefined;

/** What becomes of an error: a client code kept with its message, or a masked one (a database outage, a bug). */
type ErrorVerdict =
  | { client: true; code: string }
  | { client: false; cause: unknown; fault: ReturnType<typeof databaseFault> };

function verdictOf(error: unknown, givenCode: unknown, refine?: ErrorCodeRefiner): ErrorVerdict {
  const code = refine?.(error) ?? innerCode(error) ?? (isClientRequestError(error) ? 'BAD_REQUEST' : String(givenCode ?? 'INTERNAL_SERVER_ERROR'));
  if (CLIENT_CODES.has(code)) return { client: true, code };
  const cause = unwrapResolverError(error);
  return { client: false, cause, fault: databaseFault(cause) };
}

/**
 * Apollo's formatError: clients get a message and a machine-readable code, never a stack trace,
 * SQL text or table names; unexpected errors are masked, database outages become
 * SERVICE_UNAVAILABLE. The request id is added to the response's errors by the HTTP layer
 * (request-id.ts), and unexpected errors are logged with it by `errorLog` below.
 */
export function formatError({ refine, hideInternals = false }: ErrorFormatOptions = {}) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const { stacktrace: _stacktrace, exception: _exception, ...extensions } = formatted.extensions ?? {};
    const verdict = verdictOf(error, formatted.extensions?.code, refine);
    const internal = hideInternals && extensions.serviceName !== undefined;
    if (internal) for (const name of INTERNAL_EXTENSIONS) delete extensions[name];
    if (verdict.client) {
      return { ...formatted, ...(internal && PUBLIC_MESSAGES[verdict.code] ? { message: PUBLIC_MESSAGES[verdict.code]! } : {}), extensions: { ...extensions, code: verdict.code } };
    }
    return {
      message: verdict.fault?.message ?? 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { ...(extensions.serviceName ? { serviceName: extensions.serviceName } : {}), code: verdict.fault?.code ?? 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/**
 * Logs an error the client gets masked, whole, under the request's id; client errors are not logged, except,
 * with `hideInternals`, the internal details they are answered without.
 */
export function logUnexpected(logger: Logger, error: unknown, requestId: string | undefined, { refine, hideInternals = false }: ErrorFormatOptions = {}): void {
  const code = error instanceof GraphQLError ? error.extensions?.code : undefined;
  const verdict = verdictOf(error, code, refine);
  const path = error instanceof GraphQLError ? error.path : undefined;
  if (verdict.client) {
    const serviceName = error instanceof GraphQLError ? error.extensions?.serviceName : undefined;
    if (hideInternals && serviceName !== undefined) {
      const status = (error as GraphQLError).extensions?.status;
      logger.info({ requestId, code: verdict.code, serviceName, status, path, message: (error as GraphQLError).message }, 'error answered without its internal details');
    }
    return;
  }
  logger[verdict.fault ? 'warn' : 'error']({ err: verdict.cause, path, requestId }, verdict.fault ? 'database unavailable' : 'unexpected error');
}

/** The errors of each operation, logged by `logUnexpected` with the request id its context carries. */
export function errorLog<Context extends BaseContext>(logger: Logger, options: ErrorFormatOptions = {}): ApolloServerPlugin<Context> {
  // One listener for every request: the hook is given the request's context, so nothing is made per request.
  const listener = {
    async didEncounterErrors({ errors, contextValue }: { errors: readonly unknown[]; contextValue: Context }) {
      const requestId = (contextValue as Partial<RequestIdentified>).requestId;
      for (const error of errors) logUnexpected(logger, error, requestId, options);
    },
  };
  return { requestDidStart: async () => listener };
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

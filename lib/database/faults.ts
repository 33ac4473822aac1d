/**
 * The one place that tells a database outage from a bug. Connection failures, a server
 * shutting down or restarting, and statement timeouts become SERVICE_UNAVAILABLE (retry
 * later) instead of INTERNAL_SERVER_ERROR; the client never sees the driver's message.
 */

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

/** SQLSTATEs: connection exceptions (08xxx), operator intervention (57xxx), too many connections. */
const UNAVAILABLE_STATES = new Set(['08000', '08001', '08003', '08004', '08006', '57P01', '57P02', '57P03', '53300', '53400']);
const STATEMENT_TIMEOUT = '57014';

const DRIVER_MESSAGES = [/Connection terminated/i, /timeout exceeded when trying to connect/i, /Client has encountered a connection error/i, /Connection is not established/i];

/**
 * TypeORM's query runner releases itself when its connection fails between two statements of a
 * transaction (the server terminated it); the next statement then throws one of these, which
 * carry neither a SQLSTATE nor the connection's error.
 */
const RELEASED_RUNNER_ERRORS = new Set(['QueryRunnerProviderAlreadyReleasedError', 'QueryRunnerAlreadyReleasedError']);

export interface DatabaseFault {
  code: 'SERVICE_UNAVAILABLE';
  message: string;
}

/** Walks the error and what it wraps (TypeORM's driverError, `cause`, graphql-js's thrownValue, AggregateError's errors). */
export function databaseFault(error: unknown, depth = 0): DatabaseFault | undefined {
  if (!error || typeof error !== 'object' || depth > 5) return undefined;
  const { code, message, errors, name } = error as { code?: unknown; message?: unknown; errors?: unknown; name?: unknown };
  if (code === STATEMENT_TIMEOUT) return { code: 'SERVICE_UNAVAILABLE', message: 'The database took too long to answer; try again or ask for less' };
  if ((typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_STATES.has(code))) || (typeof message === 'string' && DRIVER_MESSAGES.some((pattern) => pattern.test(message)))) {
    return UNAVAILABLE;
  }
  if (typeof name === 'string' && RELEASED_RUNNER_ERRORS.has(name)) return UNAVAILABLE;
  if (Array.isArray(errors) && errors.some((inner) => databaseFault(inner, depth + 1))) return UNAVAILABLE;
  const wrapped = error as { driverError?: unknown; cause?: unknown; thrownValue?: unknown };
  return databaseFault(wrapped.driverError ?? wrapped.cause ?? wrapped.thrownValue, depth + 1);
}

const UNAVAILABLE: DatabaseFault = { code: 'SERVICE_UNAVAILABLE', message: 'The database is unavailable; try again shortly' };

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

export interface DatabaseFault {
  code: 'SERVICE_UNAVAILABLE';
  message: string;
}

export function databaseFault(error: unknown): DatabaseFault | undefined {
  for (let cause = error, depth = 0; cause && depth < 5; cause = (cause as { cause?: unknown; driverError?: unknown }).driverError ?? (cause as { cause?: unknown }).cause, depth++) {
    const { code, message } = cause as { code?: unknown; message?: unknown };
    if (code === STATEMENT_TIMEOUT) return { code: 'SERVICE_UNAVAILABLE', message: 'The database took too long to answer; try again or ask for less' };
    if ((typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_STATES.has(code))) || (typeof message === 'string' && DRIVER_MESSAGES.some((pattern) => pattern.test(message)))) {
      return { code: 'SERVICE_UNAVAILABLE', message: 'The database is unavailable; try again shortly' };
    }
    if (cause instanceof AggregateError && cause.errors.some((inner) => databaseFault(inner))) {
      return { code: 'SERVICE_UNAVAILABLE', message: 'The database is unavailable; try again shortly' };
    }
  }
  return undefined;
}

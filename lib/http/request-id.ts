import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const current = new AsyncLocalStorage<string>();

/** A caller's own id is kept only when it is short and plain; anything else gets a fresh one. */
const ACCEPTED = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Gives every request an id, echoed in the `x-request-id` response header, added to each
 * error sent to the client and to the log lines of its errors (the gateway passes it on to
 * the subgraphs), so a client's report can be matched with the log.
 */
export function assignRequestId() {
  return (request: Request, response: Response, next: NextFunction) => {
    const given = request.get('x-request-id');
    response.locals.requestId = given && ACCEPTED.test(given) ? given : randomUUID();
    response.setHeader('x-request-id', response.locals.requestId);
    next();
  };
}

/**
 * Makes the request's id visible to everything that serves it (formatError, loggers). Mounted
 * after the body parser: stream callbacks would otherwise run outside this context.
 */
export function requestIdContext() {
  return (_request: Request, response: Response, next: NextFunction) => current.run(requestIdOf(response), next);
}

export function requestIdOf(response: Response): string {
  return (response.locals.requestId as string | undefined) ?? randomUUID();
}

/** The id of the request being served, if any. */
export function currentRequestId(): string | undefined {
  return current.getStore();
}

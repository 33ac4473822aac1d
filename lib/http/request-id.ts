import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

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

/** A GraphQL context that knows its request's id (the server factory adds it to every context). */
export interface RequestIdentified {
  requestId: string;
}

export function requestIdOf(response: Response): string {
  return (response.locals.requestId as string | undefined) ?? randomUUID();
}

/**
 * Adds the request's id to each error of a JSON answer: Apollo's (from the operation, the
 * context or its own HTTP checks, which no plugin sees) and ours. Only answers that name
 * `"errors"` are parsed again. The id travels explicitly, not in an AsyncLocalStorage: on
 * Node 20 one of those makes every promise pay async hooks, ≈ 10 % of a request's CPU here.
 */
export function requestIdInErrors() {
  return (_request: Request, response: Response, next: NextFunction) => {
    const send = response.send.bind(response);
    response.send = (body?: unknown) => send(typeof body === 'string' && body.includes('"errors"') ? withRequestId(body, requestIdOf(response)) : body);
    next();
  };
}

function withRequestId(body: string, requestId: string): string {
  let parsed: { errors?: unknown };
  try {
    parsed = JSON.parse(body) as { errors?: unknown };
  } catch {
    return body;
  }
  if (!parsed || !Array.isArray(parsed.errors)) return body;
  for (const error of parsed.errors as { extensions?: Record<string, unknown> }[]) {
    if (error && typeof error === 'object') error.extensions = { ...error.extensions, requestId };
  }
  return JSON.stringify(parsed);
}

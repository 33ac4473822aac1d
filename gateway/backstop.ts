import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../lib/logger';
import type { Abandonment, GatewayContext, RequestWork } from './context';

const MESSAGES: Record<Abandonment, (limit: number) => string> = {
  DEADLINE_EXCEEDED: (ms) => `The request did not finish within its deadline of ${ms} ms and was abandoned: ask for less (smaller pages, fewer nested lists)`,
  RESPONSE_TOO_LARGE: (bytes) => `The answer would be larger than ${bytes} bytes and was abandoned: ask for less (smaller pages, fewer nested lists)`,
};

/**
 * The backstop behind the cost estimate, on the work actually done: a request past its deadline, or
 * whose subgraph answers pass the size cap, is abandoned (its fetches cut off, its partial data
 * dropped) and answered with one coded error; an answer that still comes out larger than the cap
 * is not sent. Whatever an estimate misses, a request holds neither memory nor a connection for long,
 * and a shutdown's grace period outlasts any request.
 */
export function backstop(deadlineMs: number, maxBytes: number, logger: Logger) {
  const start = (): RequestWork => {
    const controller = new AbortController();
    let why: Abandonment | undefined;
    let bytes = 0;
    const abandon = (reason: Abandonment) => {
      if (why) return;
      why = reason;
      controller.abort(reason);
    };
    const timer = setTimeout(() => abandon('DEADLINE_EXCEEDED'), deadlineMs);
    timer.unref();
    return {
      signal: controller.signal,
      received: (count) => {
        bytes += count;
        if (bytes > maxBytes) abandon('RESPONSE_TOO_LARGE');
      },
      abandoned: () => why,
      finish: () => clearTimeout(timer),
    };
  };

  const plugin: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, request, response }) {
          const work = contextValue.work;
          if (!work) return;
          work.finish();
          const why = work.abandoned();
          if (!why) return;
          logger.warn({ requestId: contextValue.requestId, reason: why, operationName: request.operationName?.slice(0, 100) }, 'request abandoned');
          response.body = { kind: 'single', singleResult: { data: null, errors: [abandonedError(why, deadlineMs, maxBytes)] } };
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };

  /** The last check, on the answer as sent: its size in bytes (measured only when its length says it might be over). */
  const sizeCap = (_request: Request, response: Response, next: NextFunction) => {
    const send = response.send.bind(response);
    response.send = (body?: unknown) => {
      if (typeof body !== 'string' || body.length * 3 <= maxBytes || !isJson(response) || Buffer.byteLength(body) <= maxBytes) return send(body);
      response.setHeader('cache-control', 'no-store');
      return send(JSON.stringify({ data: null, errors: [abandonedError('RESPONSE_TOO_LARGE', deadlineMs, maxBytes)] }));
    };
    next();
  };

  return { start, plugin, sizeCap };
}

/** GraphQL answers only (GraphiQL's page is served by the same route). */
function isJson(response: Response): boolean {
  return /json/.test(String(response.getHeader('content-type') ?? ''));
}

function abandonedError(why: Abandonment, deadlineMs: number, maxBytes: number) {
  return { message: MESSAGES[why](why === 'DEADLINE_EXCEEDED' ? deadlineMs : maxBytes), extensions: { code: why } };
}

import type { Request, Response } from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from '../logger';
import { requestIdOf } from './request-id';

/**
 * One `request completed` line per request (pino-http): method, path, status, time taken, and
 * `requestId`, which also tags every line logged through the request's logger. Headers are left
 * out: they carry bearer tokens and the signed identity.
 */
export function requestLog(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: (_request, response) => requestIdOf(response as Response),
    customAttributeKeys: { reqId: 'requestId' },
    quietReqLogger: true,
    serializers: {
      req: (request: { method: string; url: string }) => ({ method: request.method, url: request.url }),
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
    },
  }) as unknown as (request: Request, response: Response, next: () => void) => void;
}

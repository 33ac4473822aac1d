import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../logger';
import { requestIdOf } from './request-id';

/**
 * One `request completed` line per request: method, path, status, time taken, and `requestId`.
 * Headers are left out: they carry bearer tokens and the signed identity. Written by hand rather
 * than with pino-http, whose two child loggers per request cost a subgraph fetch more than a third
 * of its fixed CPU (bench/README Levers); the line is the same.
 */
export function requestLog(logger: Logger) {
  return (request: Request, response: Response, next: NextFunction) => {
    const started = performance.now();
    const done = () => {
      response.off('finish', done);
      response.off('close', done);
      const line = {
        requestId: requestIdOf(response),
        req: { method: request.method, url: request.originalUrl },
        res: { statusCode: response.statusCode },
        responseTime: Math.round(performance.now() - started),
      };
      if (!response.writableFinished) logger.warn(line, 'request aborted');
      else if (response.statusCode >= 500) logger.error(line, 'request errored');
      else logger.info(line, 'request completed');
    };
    response.on('finish', done);
    response.on('close', done);
    next();
  };
}

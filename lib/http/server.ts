import http from 'node:http';
import type { AddressInfo } from 'node:net';
import cors from 'cors';
import express, { type Express, type Request, type RequestHandler } from 'express';
import { ApolloServer, type ApolloServerOptions, type BaseContext } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import { traceRequests } from '../tracing';
import { errorLog, formatError, logUnexpected, type ErrorCodeRefiner } from './errors';
import { readinessRoute, type ReadinessCheck } from './readiness';
import { assignRequestId, requestIdInErrors, requestIdOf, type RequestIdentified } from './request-id';
import { requestLog } from './request-log';

/** The largest request body a client may send to the gateway. */
export const MAX_BODY = '100kb';

export interface GraphQLServerOptions<Context extends BaseContext> {
  name: string;
  host: string;
  port: number;
  logger: Logger;
  /** The schema (subgraphs) or gateway, plus any plugins; formatting and draining are added here. */
  apollo: ApolloServerOptions<Context>;
  context: (request: Request) => Promise<Context>;
  /** Largest accepted request body (default MAX_BODY); subgraphs take the gateway's large `_entities` batches. */
  maxBody?: string;
  /** Extra routes mounted before /graphql (health, static files). */
  routes?: (app: Express) => void;
  /** Origins allowed by CORS (`true`: any); default any. */
  corsOrigins?: true | string[];
  /** What GET /ready checks (a subgraph: its database; the gateway: each subgraph); none: ready once started. */
  readiness?: () => Record<string, ReadinessCheck>;
  readyTimeoutMs?: number;
  /** Middleware between the body parser and Apollo (request limits). */
  middleware?: RequestHandler[];
  /** Finds specific error codes Apollo's wrappers hide (operation limits). */
  refineErrorCode?: ErrorCodeRefiner;
  /** How long stop() waits for in-flight requests before closing their connections (default 10 s). */
  stopGraceMs?: number;
  /** This server's Prometheus metrics: served at /metrics, fed by every operation. */
  metrics?: Metrics;
}

export interface RunningServer {
  name: string;
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** One HTTP server with Apollo Server at /graphql: the same plumbing for the gateway and every subgraph. */
export async function startGraphQLServer<Context extends BaseContext>(
  options: GraphQLServerOptions<Context>,
): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  // No ETags: Express would hash every answer to make one, and repeats are served by the response cache and Cache-Control.
  app.set('etag', false);
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    ...options.apollo,
    logger: options.logger,
    includeStacktraceInErrorResponses: false,
    // The process's own handler (lib/process.ts onShutdown) stops the server, then its pools. Apollo's would stop the
    // server too, and a second stop() waits on a barrier Apollo never resolves when the first succeeds: the pools were
    // never closed, and a subgraph exited only when pg's idle timeout emptied the event loop, 10 s after SIGTERM.
    stopOnTerminationSignals: false,
    formatError: formatError(options.refineErrorCode),
    plugins: [errorLog<Context>(options.logger, options.refineErrorCode), ...(options.metrics ? [options.metrics.plugin<Context>()] : []), ...(options.apollo.plugins ?? []), ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: options.stopGraceMs ?? 10_000 })],
  } as ApolloServerOptions<Context>);
  await apollo.start();
  // Every context carries its request's id (for the subgraph calls and the error log); a context that
  // fails for an unexpected reason is logged here, as no plugin sees it.
  const contextOf = async (request: Request, requestId: string): Promise<Context> => {
    try {
      return Object.assign(await options.context(request), { requestId } satisfies RequestIdentified);
    } catch (error) {
      logUnexpected(options.logger, error, requestId, options.refineErrorCode);
      throw error;
    }
  };

  app.get('/health', (_request, response) => {
    response.json({ status: 'ok', service: options.name });
  });
  readinessRoute(app, options.name, options.readiness ?? (() => ({})), options.readyTimeoutMs ?? 2000);
  options.metrics?.route(app);
  options.routes?.(app);
  app.use(
    '/graphql',
    assignRequestId(),
    requestIdInErrors(),
    requestLog(options.logger),
    cors({ origin: options.corsOrigins ?? true, exposedHeaders: ['x-request-id'] }),
    express.json({ limit: options.maxBody ?? MAX_BODY }),
    ...(options.middleware ?? []),
    traceRequests(options.name),
    expressMiddleware(apollo, { context: ({ req, res }) => contextOf(req, requestIdOf(res)) }),
  );
  app.use(jsonErrors(options.logger, options.maxBody ?? MAX_BODY));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const shownHost = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  return {
    name: options.name,
    port,
    url: `http://${shownHost}:${port}/graphql`,
    stop: () => apollo.stop(),
  };
}

/** Body-parser failures (bad JSON, too large) answer as GraphQL errors with a code, never an HTML stack trace. */
function jsonErrors(logger: Logger, maxBody: string) {
  return (error: { status?: number; type?: string; message?: string }, _request: Request, response: express.Response, next: express.NextFunction) => {
    if (response.headersSent) return next(error);
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error({ err: error }, 'request failed');
    const code = error.type === 'entity.too.large' ? 'PAYLOAD_TOO_LARGE' : status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
    const message =
      code === 'PAYLOAD_TOO_LARGE' ? `Request body larger than ${maxBody}` : status === 500 ? 'Internal server error' : 'Malformed request body: expected JSON';
    response.status(status).json({ errors: [{ message, extensions: { code, requestId: requestIdOf(response) } }] });
  };
}

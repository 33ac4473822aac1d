import http from 'node:http';
import type { AddressInfo } from 'node:net';
import cors from 'cors';
import express, { type Express, type Request, type RequestHandler } from 'express';
import { ApolloServer, type ApolloServerOptions, type BaseContext } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { CorsPolicy } from '../config';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import { traceRequests } from '../tracing';
import { errorLog, formatError, logUnexpected, type ErrorCodeRefiner } from './errors';
import { readinessRoute, type ReadinessCheck } from './readiness';
import { keepBodyDigest } from './body-digest';
import { assignRequestId, requestIdInErrors, requestIdOf, type RequestIdentified } from './request-id';
import { requestLog } from './request-log';

/** Response headers a browser's script may read across origins: the request id, and what the rate limit tells the caller. */
const EXPOSED_HEADERS = ['x-request-id', 'retry-after', 'x-ratelimit-cost', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset'];

/** The largest request body a client may send to the gateway. */
export const MAX_BODY = '100kb';

export interface GraphQLServerOptions<Context extends BaseContext> {
  name: string;
  host: string;
  port: number;
  logger: Logger;
  /** The schema (subgraphs) or gateway, plus any plugins; formatting and draining are added here. */
  apollo: ApolloServerOptions<Context>;
  context: (request: Request, requestId: string) => Promise<Context>;
  /** Largest accepted request body (default MAX_BODY); subgraphs take the gateway's large `_entities` batches. */
  maxBody?: string;
  /** Extra routes mounted before /graphql (health, static files). */
  routes?: (app: Express) => void;
  /** CORS: the origins allowed (default any), credentials, the preflight's lifetime. */
  cors?: CorsPolicy;
  /** What GET /ready checks (a subgraph: its database; the gateway: each subgraph); none: ready once started. */
  readiness?: () => Record<string, ReadinessCheck>;
  readyTimeoutMs?: number;
  /** Middleware between the body parser and Apollo (request limits). */
  middleware?: RequestHandler[];
  /** Finds specific error codes Apollo's wrappers hide (operation limits). */
  refineErrorCode?: ErrorCodeRefiner;
  /** Errors answered without the names of the parts behind the API (production); the log keeps them. */
  hideErrorInternals?: boolean;
  /** How long stop() waits for in-flight requests before closing their connections (default 10 s). */
  stopGraceMs?: number;
  /** This server's Prometheus metrics: served at /metrics on the internal listener, fed by every operation. */
  metrics?: Metrics;
  /** Port of the internal listener (/metrics, /health, /ready), kept off the public port; 0 (default): a free one. */
  internalPort?: number;
  /** Express's `trust proxy`: whose X-Forwarded-For names the client's address (default: nobody's, the peer is the client). */
  trustProxy?: boolean | number | string;
  /** Keep the SHA-256 of each request body's raw bytes (body-digest.ts), for a signature over them. */
  digestBodies?: boolean;
}

export interface RunningServer {
  name: string;
  url: string;
  port: number;
  /** The internal listener's origin: GET /metrics, /health and /ready, for Prometheus and probes, never for the public. */
  internalUrl: string;
  stop(): Promise<void>;
}

/**
 * One server with Apollo Server at /graphql: the same plumbing for the gateway and every subgraph. Two
 * listeners: the public one (/graphql, a cheap /health for load balancers, the extra routes) and an
 * internal one (/metrics, /health, /ready) that only Prometheus and the orchestrator's probes reach.
 */
export async function startGraphQLServer<Context extends BaseContext>(
  options: GraphQLServerOptions<Context>,
): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  // No ETags: Express would hash every answer to make one, and repeats are served by the response cache and Cache-Control.
  app.set('etag', false);
  app.set('trust proxy', options.trustProxy ?? false);
  const httpServer = http.createServer(app);
  const errorFormat = { refine: options.refineErrorCode, hideInternals: options.hideErrorInternals };
  const apollo = new ApolloServer<Context>({
    ...options.apollo,
    logger: options.logger,
    includeStacktraceInErrorResponses: false,
    // The process's own handler (lib/process.ts onShutdown) stops the server, then its pools. Apollo's would stop the
    // server too, and a second stop() waits on a barrier Apollo never resolves when the first succeeds: the pools were
    // never closed, and a subgraph exited only when pg's idle timeout emptied the event loop, 10 s after SIGTERM.
    stopOnTerminationSignals: false,
    formatError: formatError(errorFormat),
    plugins: [errorLog<Context>(options.logger, errorFormat), ...(options.metrics ? [options.metrics.plugin<Context>()] : []), ...(options.apollo.plugins ?? []), ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: options.stopGraceMs ?? 10_000 })],
  } as ApolloServerOptions<Context>);
  await apollo.start();
  // Every context carries its request's id (for the subgraph calls and the error log); a context that
  // fails for an unexpected reason is logged here, as no plugin sees it.
  const contextOf = async (request: Request, requestId: string): Promise<Context> => {
    try {
      return Object.assign(await options.context(request, requestId), { requestId } satisfies RequestIdentified);
    } catch (error) {
      logUnexpected(options.logger, error, requestId, errorFormat);
      throw error;
    }
  };

  app.get('/health', health(options.name));
  options.routes?.(app);
  app.use(
    '/graphql',
    assignRequestId(),
    requestIdInErrors(),
    requestLog(options.logger),
    cors({ origin: true, ...options.cors, methods: ['GET', 'POST'], exposedHeaders: EXPOSED_HEADERS }),
    express.json({ limit: options.maxBody ?? MAX_BODY, ...(options.digestBodies ? { verify: keepBodyDigest } : {}) }),
    ...(options.middleware ?? []),
    traceRequests(options.name),
    expressMiddleware(apollo, { context: ({ req, res }) => contextOf(req, requestIdOf(res)) }),
  );
  app.use(assignRequestId(), requestIdInErrors(), notFound);
  app.use(jsonErrors(options.logger, options.maxBody ?? MAX_BODY));

  const internal = express();
  internal.disable('x-powered-by');
  internal.get('/health', health(options.name));
  readinessRoute(internal, options.name, options.readiness ?? (() => ({})), options.readyTimeoutMs ?? 2000);
  options.metrics?.route(internal);
  internal.use(notFound);
  const internalServer = http.createServer(internal);

  try {
    await listen(httpServer, options.port, options.host);
    await listen(internalServer, options.internalPort ?? 0, options.host);
  } catch (error) {
    await apollo.stop();
    internalServer.close();
    throw error;
  }
  const shownHost = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  const { port } = httpServer.address() as AddressInfo;
  return {
    name: options.name,
    port,
    url: `http://${shownHost}:${port}/graphql`,
    internalUrl: `http://${shownHost}:${(internalServer.address() as AddressInfo).port}`,
    stop: async () => {
      await apollo.stop();
      await new Promise<void>((resolve) => {
        internalServer.close(() => resolve());
        internalServer.closeAllConnections();
      });
    },
  };
}

function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** GET /health: the process answers (no dependency checked), cheap enough for a load balancer's every probe. */
function health(service: string) {
  return (_request: Request, response: express.Response) => {
    response.json({ status: 'ok', service });
  };
}

/** Any other path: a JSON 404 rather than Express's HTML page. */
function notFound(_request: Request, response: express.Response) {
  response.status(404).json({ errors: [{ message: 'Nothing is served at this path', extensions: { code: 'NOT_FOUND' } }] });
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

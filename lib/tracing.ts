import { context, propagation, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { NextFunction, Request, Response } from 'express';
import type { Config } from './config';

/**
 * OpenTelemetry tracing, on only when OTEL_EXPORTER_OTLP_ENDPOINT is set: then spans go to
 * `<endpoint>/v1/traces` over OTLP/HTTP (JSON) and W3C trace context crosses process borders.
 * Off, no provider is registered and @opentelemetry/api's calls are no-ops.
 *
 * The spans: the HTTP request of each process (below), Apollo Gateway's own spans (gateway.request,
 * gateway.plan, gateway.fetch…), and one span per SQL statement (lib/database/sql-observer.ts).
 */
export const tracer = trace.getTracer('panjare');

let provider: NodeTracerProvider | undefined;

/** Starts exporting spans as `serviceName`, once per process; returns the flush-and-stop function. */
export function startTracing(config: Config, serviceName: string): () => Promise<void> {
  if (!config.OTEL_EXPORTER_OTLP_ENDPOINT || provider) return async () => {};
  const endpoint = config.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, '');
  provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': config.OTEL_SERVICE_NAME ?? serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: `${endpoint}/v1/traces` }), { scheduledDelayMillis: 1000 })],
  });
  // Registers the AsyncLocalStorage context manager and the W3C trace-context propagator.
  provider.register();
  const stopping = provider;
  return async () => {
    await stopping.shutdown();
    if (provider === stopping) provider = undefined;
  };
}

/**
 * A server span per HTTP request, child of the caller's `traceparent` when one came (the gateway
 * sends it to the subgraphs), active while the request is served. Mounted after the body parser,
 * like the request-id context, so stream callbacks stay inside it.
 */
export function traceRequests(serviceName: string) {
  return (request: Request, response: Response, next: NextFunction) => {
    if (!provider) return next();
    const parent = propagation.extract(context.active(), request.headers);
    const span = tracer.startSpan(`${request.method} ${serviceName}${request.baseUrl}`, { kind: SpanKind.SERVER, attributes: { 'http.request.method': request.method, 'url.path': request.originalUrl, 'panjare.service': serviceName } }, parent);
    if (response.locals.requestId) span.setAttribute('panjare.request_id', String(response.locals.requestId));
    response.once('finish', () => {
      span.setAttribute('http.response.status_code', response.statusCode);
      if (response.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(parent, span), next);
  };
}

/** Writes the active span's W3C `traceparent` (and `tracestate`) into outgoing request headers. */
export function injectTraceContext(headers: { set(name: string, value: string): void }): void {
  propagation.inject(context.active(), headers, { set: (carrier, key, value) => carrier.set(key, value) });
}

/** Records a finished piece of work (an SQL statement) that took `durationMs`, as a child of the active span. */
export function recordSpan(name: string, durationMs: number, attributes: Record<string, string | number>, error?: unknown): void {
  if (!provider) return;
  const end = Date.now();
  const span: Span = tracer.startSpan(name, { kind: SpanKind.CLIENT, startTime: end - durationMs, attributes });
  if (error) span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
  span.end(end);
}

export function tracingEnabled(): boolean {
  return provider !== undefined;
}

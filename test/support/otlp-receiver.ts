import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  attributes: Record<string, unknown>;
}

/** Hex whatever way the exporter encoded an id (OTLP/JSON: hex; some encoders: base64). */
const hex = (id: string | undefined) => (!id ? '' : /^[0-9a-f]+$/i.test(id) ? id.toLowerCase() : Buffer.from(id, 'base64').toString('hex'));

const valueOf = (value: Record<string, unknown>) => value.stringValue ?? value.intValue ?? value.doubleValue ?? value.boolValue;

/** A minimal OTLP/HTTP JSON trace receiver: keeps every span POSTed to /v1/traces. */
export async function startOtlpReceiver(): Promise<{ endpoint: string; spans: ReceivedSpan[]; stop(): Promise<void> }> {
  const spans: ReceivedSpan[] = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk));
    request.on('end', () => {
      if (request.url === '/v1/traces' && request.headers['content-type']?.includes('json')) {
        for (const resourceSpans of JSON.parse(body).resourceSpans ?? []) {
          const service = String(valueOf(resourceSpans.resource.attributes.find((attribute: any) => attribute.key === 'service.name')?.value ?? {}));
          for (const scopeSpans of resourceSpans.scopeSpans ?? []) {
            for (const span of scopeSpans.spans ?? []) {
              const attributes = Object.fromEntries((span.attributes ?? []).map((attribute: any) => [attribute.key, valueOf(attribute.value)]));
              spans.push({ service, traceId: hex(span.traceId), spanId: hex(span.spanId), parentSpanId: hex(span.parentSpanId), name: span.name, attributes });
            }
          }
        }
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { endpoint: `http://127.0.0.1:${port}`, spans, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}

import { startOtlpReceiver, type ReceivedSpan } from '../support/otlp-receiver';
import { startGatewayProcess, startSubgraphProcesses, stopAll, type ServerProcess } from '../support/processes';
import { injectTraceContext, startTracing, tracingEnabled } from '../../lib/tracing';
import { post, testConfig } from '../support/stack';

/** The gateway and the subgraphs as separate processes, each exporting spans to one local OTLP receiver. */
let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
let subgraphs: Record<string, ServerProcess> | undefined;
let gateway: ServerProcess | undefined;
beforeAll(async () => {
  receiver = await startOtlpReceiver();
  const env = { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint };
  const started = await startSubgraphProcesses(env);
  subgraphs = started;
  gateway = await startGatewayProcess({ catalogue: started.catalogue.url, inquiries: started.inquiries.url, projects: started.projects.url }, env);
}, 120_000);
afterAll(async () => {
  await stopAll([gateway, ...Object.values(subgraphs ?? {})]);
  await receiver?.stop();
});

async function waitFor<T>(find: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error('not found in time');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

it('one query makes one trace: the gateway’s spans, each subgraph’s request span as a child of a gateway fetch, SQL spans under those', async () => {
  const requestId = `trace-test-${Date.now()}`;
  const response = await post(gateway!.url, `query TracedAgencies { agencies(first: 3) { edges { node { id projects { id } } } } }`, undefined, { 'x-request-id': requestId });
  expect(response.errors).toBeUndefined();

  // The gateway's HTTP span carries the request id; its trace is the one to follow.
  const root = await waitFor(() => receiver.spans.find((span) => span.service === 'gateway' && span.attributes['panjare.request_id'] === requestId));
  const inTrace = () => receiver.spans.filter((span) => span.traceId === root.traceId);
  const sqlOf = (service: string) => inTrace().filter((span) => span.service === service && span.name.startsWith('SQL '));
  await waitFor(() => (sqlOf('catalogue').length > 0 && sqlOf('projects').length > 0 ? true : undefined));

  const spans = inTrace();
  const byId = new Map(spans.map((span) => [span.spanId, span]));
  const parentOf = (span: ReceivedSpan) => byId.get(span.parentSpanId);
  expect(root.parentSpanId).toBe('');
  expect(spans.filter((span) => span.service === 'gateway').map((span) => span.name)).toEqual(expect.arrayContaining(['gateway.request', 'gateway.plan', 'gateway.fetch']));
  for (const service of ['catalogue', 'projects']) {
    const server = spans.find((span) => span.service === service && span.name.startsWith('POST '));
    expect(server).toBeDefined();
    // W3C trace context crossed the process border: the subgraph's span hangs off the gateway's fetch.
    expect(parentOf(server!)).toMatchObject({ service: 'gateway', name: 'gateway.fetch' });
    for (const sql of sqlOf(service)) {
      let ancestor: ReceivedSpan | undefined = sql;
      while (ancestor && ancestor !== server) ancestor = parentOf(ancestor);
      expect(ancestor).toBe(server);
      expect(sql.attributes['db.system']).toBe('postgresql');
    }
  }
  expect(spans.some((span) => span.service === 'inquiries')).toBe(false);
});

it('off unless OTEL_EXPORTER_OTLP_ENDPOINT is set: no tracer registered, no trace header sent (this jest process never set it)', async () => {
  await startTracing(testConfig(), 'test')();
  expect(tracingEnabled()).toBe(false);
  const headers = new Map<string, string>();
  injectTraceContext({ set: (name, value) => headers.set(name, value) });
  expect([...headers.keys()]).toEqual([]);
});

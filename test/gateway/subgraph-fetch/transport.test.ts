import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { transport } from '../../../gateway/subgraph-fetch/transport';
import { bodyOf } from '../../../gateway/subgraph-fetch/types';
import { contextOf, heldServer, requestOf, type HeldServer } from '../../support/subgraph-fetch';

describe('the transport: the gateway → subgraph HTTP client', () => {
  let server: http.Server;
  let url: string;
  let connections = 0;
  const seen: { body: string; headers: http.IncomingHttpHeaders }[] = [];

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        seen.push({ body, headers: request.headers });
        if (request.url === '/silent') return; // never answers
        if (request.url === '/text') {
          response.end('not json');
          return;
        }
        const status = request.url === '/teapot' ? 418 : 200;
        response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'max-age=30, public' });
        response.end(JSON.stringify({ data: { got: JSON.parse(body || 'null') } }));
      });
    });
    server.on('connection', () => (connections += 1));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const at = (path: string, fields: Parameters<typeof requestOf>[0] = {}) => requestOf({ url: `${url}${path}`, query: '{ a }', ...fields });

  it('sends the body and headers as they are, and reads the JSON answer and its cache hint back', async () => {
    const request = at('/graphql');
    const answer = await transport(5000)({ ...request, headers: { ...request.headers, 'x-echo': 'signed' } });
    expect(answer).toEqual({ data: { got: { query: '{ a }', variables: {} } }, cacheHint: { maxAge: 30, scope: 'PUBLIC' } });
    expect(seen.at(-1)!.body).toBe(bodyOf(request));
    expect(seen.at(-1)!.headers).toMatchObject({ 'content-type': 'application/json', 'x-echo': 'signed', 'content-length': String(Buffer.byteLength(bodyOf(request))) });
  });

  it('an HTTP error status, or an answer that is not JSON, is SUBGRAPH_UNAVAILABLE naming the subgraph', async () => {
    await expect(transport(5000)(at('/teapot'))).rejects.toMatchObject({ message: 'The catalogue subgraph is unavailable', extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'catalogue', status: 418 } });
    await expect(transport(5000)(at('/text'))).rejects.toMatchObject({ extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'catalogue' } });
  });

  it('reuses one connection for requests one after another', async () => {
    const fetch = transport(5000);
    const before = connections;
    for (let index = 0; index < 5; index += 1) await fetch(at('/graphql', { variables: { n: index } }));
    expect(connections - before).toBe(1);
  });

  it('gives up on a subgraph that does not answer within the timeout: SUBGRAPH_TIMEOUT', async () => {
    await expect(transport(200)(at('/silent'))).rejects.toMatchObject({ message: 'The catalogue subgraph did not answer in time', extensions: { code: 'SUBGRAPH_TIMEOUT' } });
  });

  it('SUBGRAPH_UNAVAILABLE when nothing listens, without the address in the message', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const failure = await transport(5000)(requestOf({ url: `http://127.0.0.1:${port}/graphql` })).catch((error: Error) => error);
    expect(failure).toMatchObject({ extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
    expect((failure as Error).message).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
  });
});

describe("the transport and the request's deadline (a slow subgraph)", () => {
  let slow: HeldServer;
  beforeAll(async () => {
    slow = await heldServer();
  });
  afterAll(() => slow.stop());

  it('a fetch whose deadline has passed is never sent: DEADLINE_EXCEEDED', async () => {
    const before = slow.received.length;
    const request = requestOf({ url: slow.url, context: contextOf({ signal: AbortSignal.abort() }) });
    await expect(transport(5000)(request)).rejects.toMatchObject({ extensions: { code: 'DEADLINE_EXCEEDED', serviceName: 'catalogue' } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(slow.received.length).toBe(before);
  });

  it('a fetch in flight when the deadline passes is cut off (the subgraph sees its connection closed): DEADLINE_EXCEEDED', async () => {
    const deadline = new AbortController();
    const before = { received: slow.received.length, cutOff: slow.cutOff };
    const answer = transport(5000)(requestOf({ url: slow.url, context: contextOf({ signal: deadline.signal }) }));
    await slow.whenReceived(before.received + 1);
    deadline.abort();
    await expect(answer).rejects.toMatchObject({ message: "The request's deadline passed before the catalogue subgraph answered", extensions: { code: 'DEADLINE_EXCEEDED' } });
    while (slow.cutOff === before.cutOff) await new Promise((resolve) => setTimeout(resolve, 5));
    slow.release();
  });
});

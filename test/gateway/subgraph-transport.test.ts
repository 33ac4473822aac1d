import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { keepAliveFetcher } from '../../gateway/subgraph-transport';

describe('the gateway → subgraph transport', () => {
  let server: http.Server;
  let url: string;
  let connections = 0;
  const bodies: string[] = [];

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        bodies.push(body);
        if (request.url === '/silent') return; // never answers
        const status = request.url === '/teapot' ? 418 : 200;
        response.writeHead(status, { 'content-type': 'application/json', 'x-echo': request.headers['x-echo'] ?? '' });
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

  it('sends the body and headers and reads status, headers and JSON back', async () => {
    const fetcher = keepAliveFetcher(5000);
    const response = await fetcher(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-echo': 'signed' }, body: '{"query":"{ a }"}' });
    expect(response.ok).toBe(true);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(response.headers.get('x-echo')).toBe('signed');
    expect(response.headers.get('x-missing')).toBeNull();
    expect(await response.json()).toEqual({ data: { got: { query: '{ a }' } } });
    expect(bodies.at(-1)).toBe('{"query":"{ a }"}');
  });

  it('reports an HTTP error status as not ok, with its text', async () => {
    const response = await keepAliveFetcher(5000)(`${url}/teapot`, { body: '{}' });
    expect(response.ok).toBe(false);
    expect(response.status).toBe(418);
    expect(JSON.parse(await response.text())).toEqual({ data: { got: {} } });
  });

  it('reuses one connection for requests one after another', async () => {
    const fetcher = keepAliveFetcher(5000);
    const before = connections;
    for (let index = 0; index < 5; index += 1) await (await fetcher(`${url}/graphql`, { body: `{"n":${index}}` })).json();
    expect(connections - before).toBe(1);
  });

  it('gives up on a subgraph that does not answer with an error named TimeoutError', async () => {
    await expect(keepAliveFetcher(200)(`${url}/silent`, { body: '{}' })).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('rejects when nothing listens', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(keepAliveFetcher(5000)(`http://127.0.0.1:${port}/graphql`, { body: '{}' })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});

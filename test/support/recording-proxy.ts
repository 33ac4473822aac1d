import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request that went through the proxy, as an eavesdropper on the wire would have it, with its answer. */
export interface Captured {
  method: string;
  /** The request target (path and query string). */
  path: string;
  headers: Record<string, string>;
  body: Buffer;
  status: number;
  answer: string;
}

export interface RecordingProxy {
  /** The proxy's /graphql URL: give it to a gateway in place of the subgraph's. */
  url: string;
  captured: Captured[];
  stop(): Promise<void>;
}

/** Headers node:http sets itself from the connection and the body. */
const HOP_BY_HOP = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive']);

/** Forwards every request to `target`'s origin unchanged and keeps a copy of each (between a real gateway and a real subgraph). */
export async function recordingProxy(target: string): Promise<RecordingProxy> {
  const upstream = new URL(target);
  const captured: Captured[] = [];
  const server = http.createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => !HOP_BY_HOP.has(name)).map(([name, value]) => [name, String(value)]));
    const answer = await send(`${upstream.origin}${request.url}`, request.method ?? 'GET', headers, body);
    captured.push({ method: request.method ?? 'GET', path: request.url ?? '/', headers, body, status: answer.status, answer: answer.text });
    response.writeHead(answer.status, { 'content-type': answer.contentType });
    response.end(answer.text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${upstream.pathname}`,
    captured,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Sends a request with exactly these headers and body bytes (a replay, as an attacker would). */
export function send(url: string, method: string, headers: Record<string, string>, body: Buffer): Promise<{ status: number; text: string; contentType: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers: { ...headers, 'content-length': body.length } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.once('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), contentType: String(response.headers['content-type'] ?? 'application/json') }));
      response.once('error', reject);
    });
    request.once('error', reject);
    request.end(body);
  });
}

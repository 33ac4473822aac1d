import http from 'node:http';
import https from 'node:https';

/**
 * The gateway's HTTP client for subgraph fetches: node:http over keep-alive agents, shaped as
 * the small part of `fetch` that RemoteGraphQLDataSource uses. Node's global fetch (undici)
 * costs the gateway several times more CPU per fetch (WHATWG streams, Request objects, the body
 * written as a separate chunk); here headers and body leave in one write on a reused socket.
 */
export interface SubgraphResponse {
  ok: boolean;
  status: number;
  statusText: string;
  url: string;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
  json(): Promise<unknown>;
}

export interface SubgraphRequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** An error named like the one AbortSignal.timeout raises, so callers tell a timeout apart. */
class TimeoutError extends Error {
  override name = 'TimeoutError';
}

/** Below Node's default server keep-alive timeout (5 s): a socket idle that long is dropped before the server closes it. */
const FREE_SOCKET_TIMEOUT_MS = 4000;

export function keepAliveFetcher(timeoutMs: number): (url: string, init: SubgraphRequestInit) => Promise<SubgraphResponse> {
  const agents = {
    'http:': new http.Agent({ keepAlive: true, scheduling: 'lifo', timeout: FREE_SOCKET_TIMEOUT_MS }),
    'https:': new https.Agent({ keepAlive: true, scheduling: 'lifo', timeout: FREE_SOCKET_TIMEOUT_MS }),
  };
  return (url, init) =>
    new Promise<SubgraphResponse>((resolve, reject) => {
      const target = new URL(url);
      const secure = target.protocol === 'https:';
      const body = init.body === undefined ? undefined : Buffer.from(init.body);
      const headers: Record<string, string | number> = { ...init.headers };
      if (body) headers['content-length'] = body.length;
      const request = (secure ? https : http).request(target, { method: init.method ?? 'POST', headers, agent: agents[secure ? 'https:' : 'http:'] });
      // The whole exchange, answer body included, must finish within timeoutMs (as with AbortSignal.timeout).
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        request.destroy(new TimeoutError(`no answer from ${url} within ${timeoutMs} ms`));
      }, timeoutMs);
      const fail = (error: Error) => {
        clearTimeout(timer);
        reject(timedOut ? new TimeoutError(`no answer from ${url} within ${timeoutMs} ms`) : error);
      };
      request.once('error', fail);
      request.once('response', (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.once('error', fail);
        response.once('end', () => {
          clearTimeout(timer);
          const text = Buffer.concat(chunks).toString('utf8');
          const status = response.statusCode ?? 0;
          resolve({
            ok: status >= 200 && status < 300,
            status,
            statusText: response.statusMessage ?? '',
            url,
            headers: { get: (name) => headerValue(response.headers[name.toLowerCase()]) },
            text: async () => text,
            json: async () => JSON.parse(text) as unknown,
          });
        });
      });
      request.end(body);
    });
}

function headerValue(value: string | string[] | undefined): string | null {
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(', ') : value;
}

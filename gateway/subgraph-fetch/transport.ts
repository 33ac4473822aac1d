import http from 'node:http';
import https from 'node:https';
import { cacheHintOf } from './cache-hint';
import { fetchFailure } from './errors';
import { bodyOf, type Fetch, type SubgraphAnswer } from './types';

/** The body each answer was parsed from, so that a copy is parsed again (far cheaper than structuredClone for large answers). */
const bodies = new WeakMap<SubgraphAnswer, string>();

/** An answer of its own for another caller: its body parsed again when it came over HTTP, else a deep clone. */
export function copyOf(answer: SubgraphAnswer): SubgraphAnswer {
  const body = bodies.get(answer);
  return body === undefined ? structuredClone(answer) : { ...(JSON.parse(body) as Omit<SubgraphAnswer, 'cacheHint'>), cacheHint: { ...answer.cacheHint } };
}

/** Below Node's default server keep-alive timeout (5 s): a socket idle that long is dropped before the server closes it. */
const FREE_SOCKET_TIMEOUT_MS = 4000;

/**
 * The end of the pipeline: the request sent over node:http with keep-alive agents, headers and body
 * in one write on a reused socket (Node's global fetch costs the gateway more CPU per fetch: WHATWG
 * streams, Request objects, the body written apart; bench/README.md, Levers). The whole exchange, answer body
 * included, must finish within `timeoutMs` (SUBGRAPH_TIMEOUT), and is cut off when the request's
 * signal fires (DEADLINE_EXCEEDED); a fetch whose signal has fired is never sent. The bytes received count toward
 * the client request's size cap (backstop.ts). No answer, an HTTP error status or a body that is not a JSON
 * object is SUBGRAPH_UNAVAILABLE.
 */
export function transport(timeoutMs: number): Fetch {
  const agents = {
    'http:': new http.Agent({ keepAlive: true, scheduling: 'lifo', timeout: FREE_SOCKET_TIMEOUT_MS }),
    'https:': new https.Agent({ keepAlive: true, scheduling: 'lifo', timeout: FREE_SOCKET_TIMEOUT_MS }),
  };
  return (fetched) =>
    new Promise<SubgraphAnswer>((resolve, reject) => {
      const { subgraph, url, method, headers, signal, context } = fetched;
      if (signal?.aborted) return reject(fetchFailure('DEADLINE_EXCEEDED', subgraph));
      const target = new URL(url);
      const secure = target.protocol === 'https:';
      const payload = Buffer.from(bodyOf(fetched));
      const request = (secure ? https : http).request(target, {
        method,
        headers: { ...headers, 'content-length': payload.length },
        agent: agents[secure ? 'https:' : 'http:'],
      });
      let failure: 'SUBGRAPH_TIMEOUT' | 'DEADLINE_EXCEEDED' | undefined;
      const cutOff = (why: typeof failure) => {
        failure = why;
        request.destroy();
      };
      const timer = setTimeout(() => cutOff('SUBGRAPH_TIMEOUT'), timeoutMs);
      const onAbort = () => cutOff('DEADLINE_EXCEEDED');
      signal?.addEventListener('abort', onAbort, { once: true });
      const settle = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
      const fail = (error?: Error, status?: number) => {
        settle();
        reject(fetchFailure(failure ?? 'SUBGRAPH_UNAVAILABLE', subgraph, error, status));
      };
      request.once('error', (error) => fail(error));
      request.once('response', (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => {
          chunks.push(chunk);
          context?.work?.received(chunk.length);
        });
        response.once('error', (error) => fail(error));
        response.once('aborted', () => fail());
        response.once('end', () => {
          const status = response.statusCode ?? 0;
          if (status < 200 || status >= 300) return fail(new Error(`HTTP ${status}`), status);
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown;
          try {
            parsed = JSON.parse(text);
          } catch (error) {
            return fail(error as Error);
          }
          if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return fail(new Error('the answer is not a JSON object'));
          settle();
          const answer: SubgraphAnswer = { ...(parsed as Omit<SubgraphAnswer, 'cacheHint'>), cacheHint: cacheHintOf(headerValue(response.headers['cache-control'])) };
          bodies.set(answer, text);
          resolve(answer);
        });
      });
      request.end(payload);
    });
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

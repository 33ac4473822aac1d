import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { FLOOR_QUERIES } from './queries';

/**
 * The floor served over HTTP by a bare node:http handler: POST /<operation> with
 * {"variables": {...}} answers {"data": ...} from one prepared SQL statement.
 * Run as its own process by the benchmark: DATABASE_URL, PORT (0: any), POOL_SIZE.
 */
const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.POOL_SIZE ?? 16),
  // As for the API's connections: JIT would compile for hundreds of ms on a recursive CTE's misestimate.
  options: '-c jit=off',
});

const server = http.createServer((request, response) => {
  const name = (request.url ?? '').slice(1);
  const query = FLOOR_QUERIES[name];
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const fail = (status: number, message: string) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ errors: [{ message }] }));
    };
    if (!query || request.method !== 'POST') return fail(404, `no floor query ${name}`);
    let variables: Record<string, unknown>;
    try {
      variables = JSON.parse(Buffer.concat(chunks).toString('utf8')).variables ?? {};
    } catch {
      return fail(400, 'malformed JSON');
    }
    pool
      .query<{ body: string }>({ name, text: query.text, values: query.values(variables) })
      .then(({ rows }) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(`{"data":${rows[0]!.body}}`);
      })
      .catch((error: Error) => fail(500, error.message));
  });
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`floor ready on ${(server.address() as AddressInfo).port}`);
});
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import { createLogger } from '../../lib/logger';
import { assignRequestId } from '../../lib/http/request-id';
import { requestLog } from '../../lib/http/request-log';

describe('requestLog', () => {
  const lines: Record<string, unknown>[] = [];
  let server: http.Server;
  let url: string;
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const app = express();
    app.use('/logged', assignRequestId(), requestLog(createLogger('test', 'info', 'json', sink)));
    app.get('/logged/ok', (_request, response) => void response.json({ data: {} }));
    app.get('/logged/failed', (_request, response) => void response.status(502).json({ errors: [] }));
    // Answers only after the client has gone.
    app.get('/logged/slow', (request, response) => void request.once('close', () => setTimeout(() => response.end(), 20)));
    server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const lineOf = async (requestId: string) => {
    for (let tries = 0; tries < 50 && !lines.some((line) => line.requestId === requestId); tries++) await new Promise((resolve) => setTimeout(resolve, 20));
    return lines.filter((line) => line.requestId === requestId);
  };

  it('writes one line per answered request: its id, method, full path, status and time taken', async () => {
    const response = await fetch(`${url}/logged/ok?x=1`, { headers: { 'x-request-id': 'log-test-ok-1', authorization: 'Bearer secret-token' } });
    expect(response.status).toBe(200);
    const found = await lineOf('log-test-ok-1');
    expect(found).toEqual([
      expect.objectContaining({ level: 30, msg: 'request completed', req: { method: 'GET', url: '/logged/ok?x=1' }, res: { statusCode: 200 }, responseTime: expect.any(Number) }),
    ]);
    expect(JSON.stringify(found)).not.toContain('secret-token');
  });

  it('logs a 5xx answer as an error', async () => {
    await fetch(`${url}/logged/failed`, { headers: { 'x-request-id': 'log-test-failed-1' } });
    expect(await lineOf('log-test-failed-1')).toEqual([expect.objectContaining({ level: 50, msg: 'request errored', res: { statusCode: 502 } })]);
  });

  it('logs a request whose client left before the answer as aborted, once', async () => {
    const controller = new AbortController();
    const pending = fetch(`${url}/logged/slow`, { headers: { 'x-request-id': 'log-test-aborted-1' }, signal: controller.signal }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort();
    await pending;
    expect(await lineOf('log-test-aborted-1')).toEqual([expect.objectContaining({ level: 40, msg: 'request aborted', req: { method: 'GET', url: '/logged/slow' } })]);
    // The late end() after the close writes no second line.
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(lines.filter((line) => line.requestId === 'log-test-aborted-1')).toHaveLength(1);
  });
});

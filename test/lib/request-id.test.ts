import { spawnSync } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import express from 'express';
import { ROOT } from '../../lib/paths';
import { assignRequestId, requestIdInErrors } from '../../lib/http/request-id';

describe('requestIdInErrors', () => {
  let server: http.Server;
  let url: string;
  beforeAll(async () => {
    const app = express();
    app.use(assignRequestId(), requestIdInErrors());
    app.get('/errors', (_request, response) => void response.type('json').send('{"errors":[{"message":"no","extensions":{"code":"BAD_USER_INPUT"}},{"message":"bare"}],"data":null}\n'));
    app.get('/data', (_request, response) => void response.type('json').send('{"data":{"errors":"a field named so","list":[1,2]}}'));
    app.get('/json', (_request, response) => void response.status(400).json({ errors: [{ message: 'bad body', extensions: { code: 'BAD_REQUEST' } }] }));
    app.get('/text', (_request, response) => void response.type('text').send('"errors" in plain text, not JSON'));
    server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(url + path, { headers });
    return { id: response.headers.get('x-request-id'), text: await response.text(), status: response.status };
  };

  it('adds the request id to every error of a JSON answer, keeping the rest', async () => {
    const { id, text } = await get('/errors');
    expect(JSON.parse(text)).toEqual({
      errors: [
        { message: 'no', extensions: { code: 'BAD_USER_INPUT', requestId: id } },
        { message: 'bare', extensions: { requestId: id } },
      ],
      data: null,
    });
  });

  it('uses the id the client gave', async () => {
    const { text } = await get('/json', { 'x-request-id': 'client-given-0001' });
    expect(JSON.parse(text).errors[0].extensions).toEqual({ code: 'BAD_REQUEST', requestId: 'client-given-0001' });
  });

  it('leaves answers without top-level errors, and text that is not JSON, byte for byte', async () => {
    expect((await get('/data')).text).toBe('{"data":{"errors":"a field named so","list":[1,2]}}');
    expect((await get('/text')).text).toBe('"errors" in plain text, not JSON');
  });
});

it('serving answered, refused and failed requests through the whole stack turns on no async hooks', () => {
  // In a process of its own: a jest worker may have run tracing (an AsyncLocalStorage) before.
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'test/support/async-hooks-probe.ts')], { cwd: ROOT, env: process.env, encoding: 'utf8', timeout: 60_000 });
  expect(run.stderr).not.toMatch(/Error/);
  const probe = JSON.parse(run.stdout.trim().split('\n').pop()!) as { before: number; after: number; statuses: number[]; errors: number[] };
  expect(probe.statuses).toEqual([200, 200, 401]);
  expect(probe.errors).toEqual([0, 1, 1]);
  expect(probe).toMatchObject({ before: 0, after: 0 });
});

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { IDENTITY_HEADER } from '../../lib/auth/identity';
import { deduplicated } from '../../gateway/subgraph-dedupe';
import { keepAliveFetcher } from '../../gateway/subgraph-transport';
import { startTestStack, type TestStack } from '../support/stack';

describe('in-flight deduplication of subgraph reads', () => {
  let server: http.Server;
  let url: string;
  const received: string[] = [];
  /** Answers wait here until the test releases them, so "in flight at once" is certain. */
  let held: (() => void)[] = [];
  const release = () => {
    for (const answer of held) answer();
    held = [];
  };

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        received.push(body);
        held.push(() => {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ data: { n: received.length } }));
        });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => {
    received.length = 0;
  });

  const whenReceived = async (count: number) => {
    while (received.length < count) await new Promise((resolve) => setTimeout(resolve, 5));
  };
  const read = '{"query":"query($representations:[_Any!]!){_entities(representations:$representations){__typename}}","variables":{}}';
  const as = (identity: string) => ({ 'content-type': 'application/json', [IDENTITY_HEADER]: identity });

  it('sends identical reads in flight at once as one fetch; each caller gets its own copy of the answer', async () => {
    const fetcher = deduplicated(keepAliveFetcher(5000));
    const answers = [1, 2, 3].map(() => fetcher(url, { headers: as('anonymous'), body: read }));
    await whenReceived(1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(received).toHaveLength(1);
    release();
    const bodies = (await Promise.all((await Promise.all(answers)).map((response) => response.json()))) as { data: { n: number } }[];
    expect(bodies).toEqual([{ data: { n: 1 } }, { data: { n: 1 } }, { data: { n: 1 } }]);
    bodies[0]!.data.n = 99;
    expect(bodies[1]!.data.n).toBe(1);
  });

  it('is not a cache: the same read after the answer came is fetched again', async () => {
    const fetcher = deduplicated(keepAliveFetcher(5000));
    const first = fetcher(url, { headers: as('anonymous'), body: read });
    await whenReceived(1);
    release();
    await first;
    const second = fetcher(url, { headers: as('anonymous'), body: read });
    await whenReceived(2);
    release();
    await second;
    expect(received).toHaveLength(2);
  });

  it('never shares between callers, between different bodies, or for a mutation', async () => {
    const fetcher = deduplicated(keepAliveFetcher(5000));
    const mutation = '{"query":"mutation($p:ID!){reportProgress(projectId:$p,progress:10){id}}","variables":{"p":"1"}}';
    const answers = [
      fetcher(url, { headers: as('alice'), body: read }),
      fetcher(url, { headers: as('bob'), body: read }),
      fetcher(url, { headers: as('alice'), body: read.replace('{}', '{"x":1}') }),
      fetcher(url, { headers: as('alice'), body: mutation }),
      fetcher(url, { headers: as('alice'), body: mutation }),
    ];
    await whenReceived(5);
    release();
    await Promise.all(answers);
    expect(received).toHaveLength(5);
  });
});

describe('through the real gateway', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.stop());

  it('identical concurrent requests cost fewer SQL statements than as many requests one by one, with the same answers', async () => {
    const query = '{ servicesByInquiryCount(moreThan: 20, first: 20) { totalCount edges { node { name { fa } agency { name { fa } } inquiryCount project { number } } } } }';
    const alone = await stack.countStatements(() => stack.ok(query));
    const together = await stack.countStatements(() => Promise.all(Array.from({ length: 20 }, () => stack.ok(query))));
    expect(together.result.every((data) => JSON.stringify(data) === JSON.stringify(alone.result))).toBe(true);
    expect(together.statements).toBeLessThan(20 * alone.statements);
  });
});

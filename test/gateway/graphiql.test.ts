import { startTestStack, type TestStack } from '../support/stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

it('serves GraphiQL at /graphql to a browser, with nothing loaded from the internet', async () => {
  const response = await fetch(stack.gateway.url, { headers: { accept: 'text/html' } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/text\/html/);
  const html = await response.text();
  expect(html).toContain('GraphiQL');
  const external = [...html.matchAll(/<(?:script|link|img)[^>]+(?:src|href)=["'](https?:)?\/\/[^"']+["']/g)].map((match) => match[0]);
  expect(external).toEqual([]);
  expect(html).not.toMatch(/embeddable-sandbox|apollographql\.com|unpkg|jsdelivr/);
});

it('answers /health', async () => {
  const response = await fetch(stack.gateway.url.replace('/graphql', '/health'));
  expect(await response.json()).toEqual({ status: 'ok', service: 'gateway' });
});

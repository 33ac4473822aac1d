import { executionAsyncId } from 'node:async_hooks';
import { startStack } from '../../scripts/stack';
import { post, testConfig, testDatabaseUrl } from './stack';

/**
 * Serves a few requests (answered, refused, failed) through the whole stack in this process and
 * prints whether a promise continuation still runs without an async id before and after: it
 * gets one only when something (an AsyncLocalStorage on Node 20) turned async hooks on.
 */
async function afterAwait(): Promise<number> {
  await null;
  return executionAsyncId();
}

async function main() {
  const before = await afterAwait();
  const stack = await startStack(testConfig(), testDatabaseUrl(), { gateway: 0, catalogue: 0, inquiries: 0, projects: 0 });
  const answers = [
    await post(stack.gateway.url, '{ agencies(first: 3) { edges { node { id name { fa } services(first: 2) { edges { node { id inquiryCount } } } } } } }'),
    await post(stack.gateway.url, '{ agencies(first: -1) { totalCount } }'),
    await post(stack.gateway.url, '{ agencies(first: 1) { totalCount } }', undefined, { authorization: 'Bearer not.a.jwt' }),
  ];
  const after = await afterAwait();
  await stack.stop();
  console.log(JSON.stringify({ before, after, statuses: answers.map((answer) => answer.status), errors: answers.map((answer) => answer.errors?.length ?? 0) }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

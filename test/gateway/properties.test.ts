import fc from 'fast-check';
import { getNamedType, isEnumType, isInputObjectType, isNonNullType, type GraphQLInputType } from 'graphql';
import { operationOf, rootFields } from '../support/root-fields';
import { startTestStack, type TestStack } from '../support/stack';

/** Whatever values a client puts in any root field's arguments: never a 500, never an unmasked error. */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

const HOSTILE_STRINGS = ["' OR '1'='1", '1; DROP TABLE catalogue.service; --', '\u0000', '', '   ', 'YzE6c2VydmljZToz', 'ي ك ۱۲ \u200c', '%_\\', '$1', '{}'];

function valueOf(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  const named = getNamedType(type);
  let value: fc.Arbitrary<unknown>;
  if (isEnumType(named)) value = fc.oneof(fc.constantFrom(...named.getValues().map((v) => v.value)), fc.string());
  else if (isInputObjectType(named))
    value =
      depth > 2
        ? fc.constant({})
        : fc.record(Object.fromEntries(Object.values(named.getFields()).map((field) => [field.name, valueOf(field.type, depth + 1)])), { requiredKeys: [] });
  else if (named.name === 'Int')
    value = fc.oneof(fc.integer({ min: -200, max: 200 }), fc.integer(), fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1.5, '12'));
  else if (named.name === 'Float') value = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(-1, 101, 'x'));
  else if (named.name === 'Boolean') value = fc.oneof(fc.boolean(), fc.constantFrom('true', 0));
  else value = fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 300 }), fc.base64String(), fc.integer().map(String), fc.constantFrom(...HOSTILE_STRINGS));
  return isNonNullType(type) ? fc.oneof({ weight: 5, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) }) : fc.option(value, { nil: null });
}

const LEAKS = /stacktrace|\n\s+at |SELECT |FROM "|relation "|catalogue\.|inquiries\.|projects\.|ECONNREFUSED|node_modules/;

describe.each(rootFields().map((root) => [`${root.operation} ${root.field.name}`, root] as const))('%s', (_name, root) => {
  it('answers any arguments without a 500 or an unmasked error', async () => {
    const query = operationOf(root);
    const variables = fc.record(Object.fromEntries(root.field.args.map((arg) => [arg.name, valueOf(arg.type)])), { requiredKeys: [] });
    await fc.assert(
      fc.asyncProperty(variables, async (values) => {
        const response = await fetch(stack.gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query, variables: values }),
        });
        const text = await response.text();
        expect(response.status).toBeLessThan(500);
        expect(text).not.toMatch(LEAKS);
        const body = JSON.parse(text);
        for (const error of body.errors ?? []) {
          expect(typeof error.extensions?.code).toBe('string');
          expect(error.extensions.code).not.toBe('INTERNAL_SERVER_ERROR');
        }
        if (!body.errors) expect(body.data[root.field.name]).not.toBeUndefined();
      }),
      { numRuns: 40 },
    );
  });
});

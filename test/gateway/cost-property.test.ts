import fc from 'fast-check';
import { getNamedType, isLeafType, isNonNullType, isObjectType, type GraphQLField, type GraphQLObjectType } from 'graphql';
import { apiSchema, plainValue } from '../support/root-fields';
import { startTestStack, type TestStack } from '../support/stack';

/**
 * The property that would have caught both holes of the cost limit (an operation not costed, a
 * page costed smaller than served): over operations generated on the real schema and run on the
 * seed, whatever the gateway accepts answers at most as many objects as its estimated cost, and
 * whatever it refuses calls no subgraph (sends no SQL statement).
 */
let stack: TestStack;
beforeAll(async () => {
  // A low cost limit, so that generated operations fall on both sides of it and accepted ones stay quick; a budget
  // no run reaches, so that each answer tells its estimated cost.
  stack = await startTestStack({ MAX_COST: '3000', RATE_LIMIT_POINTS: '1000000000000' });
});
afterAll(() => stack.stop());

const RUNS = 150;
/** Omitted, null, or a number (100 is the largest page served). */
const FIRST = fc.constantFrom<string | null>(null, '', 'null', '0', '1', '2', '5', '20', '100');

type AnyField = GraphQLField<unknown, unknown>;

/** Arguments: `first` as drawn; others only when required, with a plain value (ids "1", "2", …). */
function argumentsOf(field: AnyField, first: string | null, id: number): string {
  const args: string[] = [];
  for (const arg of field.args) {
    if (arg.name === 'first') {
      if (first !== null && first !== '') args.push(`first: ${first}`);
    } else if (isNonNullType(arg.type)) {
      const value = getNamedType(arg.type).name === 'ID' ? String(id) : plainValue(arg.type);
      args.push(`${arg.name}: ${JSON.stringify(value)}`);
    }
  }
  return args.length ? `(${args.join(', ')})` : '';
}

/** Fields a generated selection may pick: those whose required arguments get a plain value (no input objects). */
const selectable = (type: GraphQLObjectType) =>
  Object.values(type.getFields()).filter((field) => field.args.every((arg) => !isNonNullType(arg.type) || isLeafType(getNamedType(arg.type))));

/** A selection on `type`, `levels` object fields deep at most; every object selection has at least one leaf or `__typename`. */
function selection(type: GraphQLObjectType, levels: number): fc.Arbitrary<string> {
  const fields = selectable(type).filter((field) => levels > 0 || isLeafType(getNamedType(field.type)));
  if (fields.length === 0) return fc.constant('__typename');
  const one = fc.constantFrom(...fields).chain((field) => {
    const named = getNamedType(field.type);
    const head = fc.tuple(FIRST, fc.integer({ min: 1, max: 5 })).map(([first, id]) => `${field.name}${argumentsOf(field, first, id)}`);
    if (isLeafType(named)) return head;
    if (!isObjectType(named)) return head.map((text) => `${text} { __typename }`);
    return fc.tuple(head, selection(named, levels - 1)).map(([text, inner]) => `${text} { ${inner} }`);
  });
  return fc.uniqueArray(one, { minLength: 1, maxLength: 3, selector: (text) => text.split(/[ ({]/)[0] }).map((picked) => ['__typename', ...picked].join(' '));
}

/** Objects in an answer: every JSON object below `data`, in lists or not. */
/** The GraphQL objects of an answer: the generated operations select `__typename` in each, so a JSON scalar's value (a change's `before`) is not one. */
function objectsIn(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + objectsIn(item), 0);
  if (value === null || typeof value !== 'object' || !('__typename' in value)) return 0;
  return 1 + Object.values(value).reduce((sum: number, item) => sum + objectsIn(item), 0);
}

const operations = selection(apiSchema.getQueryType()!, 4).map((inner) => `{ ${inner} }`);

it(`over ${RUNS} generated operations: an accepted one answers at most its estimated cost in objects, a refused one calls no subgraph`, async () => {
  const seen = { accepted: 0, refused: 0 };
  await fc.assert(
    fc.asyncProperty(operations, async (query) => {
      const { result, statements } = await stack.countStatements(async () => {
        const response = await fetch(stack.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
        return { status: response.status, body: (await response.json()) as any };
      });
      if (result.body.data === undefined) {
        seen.refused++;
        expect(result.status).toBeGreaterThanOrEqual(400);
        expect(result.status).toBeLessThan(500);
        expect(statements).toBe(0);
        return;
      }
      seen.accepted++;
      const cost = result.body.extensions.rateLimit.cost as number;
      expect(objectsIn(result.body.data) - 1).toBeLessThanOrEqual(cost);
    }),
    { numRuns: RUNS, seed: Number(process.env.PROPERTY_SEED ?? Date.now() % 2 ** 31) },
  );
  console.log(`cost property: ${RUNS} runs, ${seen.accepted} accepted, ${seen.refused} refused`);
  expect(seen.accepted).toBeGreaterThan(0);
  expect(seen.refused).toBeGreaterThan(0);
}, 300_000);

import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  type GraphQLArgument,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { staticCachePolicy } from '../../subgraphs/common/cache-policy';
import { subgraphSdl, type SubgraphName } from '../../lib/subgraphs';
import { startTestStack, type TestStack } from '../support/stack';

/**
 * The static policy against Apollo's own cache-control plugin, the reference: the same subgraph schema served
 * twice, every document below asked of both, the Cache-Control headers compared. Every field resolves to a
 * value (lists of one, no nulls), so Apollo's plugin sees every selected field, as the static policy counts them.
 */
const SUBGRAPHS: SubgraphName[] = ['catalogue', 'inquiries', 'projects'];
/** Selections one level of objects deep, and three. */
const DEPTHS = [1, 3];

/** A value of every output type: what lets Apollo's plugin visit every field of a document. */
const fabricate: GraphQLFieldResolver<unknown, unknown> = (_source, _args, _context, info) => valueOf(info.returnType, info.schema);
function valueOf(type: GraphQLOutputType, schema: GraphQLSchema): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [valueOf(nullable.ofType, schema)];
  if (isAbstractType(nullable)) return { __typename: schema.getPossibleTypes(nullable)[0]!.name };
  if (isCompositeType(nullable)) return {};
  if (isEnumType(nullable)) return nullable.getValues()[0]!.value;
  return { Int: 1, Float: 1.5, Boolean: true }[nullable.name] ?? '1';
}

/** A literal for every argument that needs one. */
function literal(type: GraphQLInputType): string {
  if (isNonNullType(type)) return literal(type.ofType);
  if (isListType(type)) return `[${literal(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((field) => isNonNullType(field.type) && field.defaultValue === undefined);
    return `{ ${required.map((field) => `${field.name}: ${literal(field.type)}`).join(', ')} }`;
  }
  return { Int: '1', Float: '1.5', Boolean: 'true' }[type.name] ?? '"1"';
}
const argumentsOf = (args: readonly GraphQLArgument[]) => {
  const required = args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  return required.length ? `(${required.map((arg) => `${arg.name}: ${literal(arg.type)}`).join(', ')})` : '';
};

/** Every field of `type` down to `depth` levels of objects, unions by each member; `alias` prefixes the top level's. */
function selectAll(type: GraphQLObjectType, schema: GraphQLSchema, depth: number, alias = ''): string {
  const fields = Object.values(type.getFields()).flatMap((field) => {
    const target = getNamedType(field.type);
    const name = `${alias ? `${alias}${field.name}: ` : ''}${field.name}`;
    if (!isCompositeType(target)) return [`${name}${argumentsOf(field.args)}`];
    if (depth === 0) return [];
    const members = isObjectType(target) ? [target] : schema.getPossibleTypes(target);
    return [`${name}${argumentsOf(field.args)} { __typename ${members.map((member) => `... on ${member.name} { ${selectAll(member, schema, depth - 1)} }`).join(' ')} }`];
  });
  return fields.length ? fields.join(' ') : '__typename';
}

interface Case {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

function casesOf(schema: GraphQLSchema, depth: number): Case[] {
  const cases: Case[] = [];
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (!root) continue;
    const keyword = root === schema.getMutationType() ? 'mutation' : 'query';
    for (const field of Object.values(root.getFields())) {
      if (field.name === '_entities') continue;
      const target = getNamedType(field.type);
      const selection = isObjectType(target) ? ` { ${selectAll(target, schema, depth)} }` : isCompositeType(target) ? ' { __typename }' : '';
      cases.push({ name: `${keyword} ${field.name}, depth ${depth}`, query: `${keyword} { ${field.name}${argumentsOf(field.args)}${selection} }` });
      // The same through a named fragment and a condition-less inline fragment.
      if (isObjectType(target)) {
        cases.push({
          name: `${keyword} ${field.name}, depth ${depth}, through fragments`,
          query: `${keyword} { ... { ${field.name}${argumentsOf(field.args)} { ...Whole } } } fragment Whole on ${target.name} { ${selectAll(target, schema, depth)} }`,
        });
      }
    }
  }
  const entities = schema.getPossibleTypes(schema.getType('_Entity') as never) as GraphQLObjectType[];
  // Aliased by type: the same field name on two entity types may return different types.
  const allFragments = entities.map((entity) => `... on ${entity.name} { ${selectAll(entity, schema, depth, `${entity.name}_`)} }`).join(' ');
  const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) { __typename ${allFragments} } }`;
  for (const entity of entities) {
    cases.push({ name: `_entities of ${entity.name}, depth ${depth}`, query: ENTITIES, variables: { representations: [{ __typename: entity.name, id: '1' }] } });
    cases.push({
      name: `_entities of ${entity.name}, depth ${depth}, its fragment only`,
      query: `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${entity.name} { ${selectAll(entity, schema, depth)} } } }`,
      variables: { representations: [{ __typename: entity.name, id: '1' }, { __typename: entity.name, id: '2' }] },
    });
  }
  cases.push({ name: `_entities of every type, depth ${depth}`, query: ENTITIES, variables: { representations: entities.map((entity) => ({ __typename: entity.name, id: '1' })) } });
  if (depth > 1) return cases;
  cases.push({ name: '_entities of none', query: ENTITIES, variables: { representations: [] } });
  cases.push({ name: '_entities of an unknown type', query: ENTITIES, variables: { representations: [{ __typename: 'Nothing', id: '1' }] } });
  cases.push({ name: 'the subgraph SDL', query: '{ _service { sdl } }' });
  cases.push({ name: 'only __typename', query: '{ __typename }' });
  cases.push({ name: 'an invalid document', query: '{ noSuchField }' });
  return cases;
}

async function cacheControl(server: ApolloServer, { query, variables }: Case): Promise<string | undefined> {
  const response = await server.executeOperation({ query, variables });
  return response.http.headers.get('cache-control');
}

describe.each(SUBGRAPHS)('the %s subgraph’s static cache policy', (name) => {
  const schemaOf = () => buildSubgraphSchema([{ typeDefs: parse(subgraphSdl(name)) }]);
  const apollo = new ApolloServer({ schema: schemaOf(), fieldResolver: fabricate, plugins: [ApolloServerPluginInlineTraceDisabled()] });
  const ours = new ApolloServer({
    schema: schemaOf(),
    fieldResolver: fabricate,
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), staticCachePolicy()],
  });
  beforeAll(() => Promise.all([apollo.start(), ours.start()]));
  afterAll(() => Promise.all([apollo.stop(), ours.stop()]));

  const cases = DEPTHS.flatMap((depth) => casesOf(schemaOf(), depth));
  it.each(cases.map((testCase) => [testCase.name, testCase] as const))('%s: the same Cache-Control as Apollo’s plugin', async (_name, testCase) => {
    const expected = await cacheControl(apollo, testCase);
    expect(expected).toBeDefined();
    expect(await cacheControl(ours, testCase)).toBe(expected);
    // Asked again, from the remembered policy.
    expect(await cacheControl(ours, testCase)).toBe(expected);
  });

  it('covers cacheable answers and uncacheable ones', async () => {
    const headers = new Set(await Promise.all(cases.map((testCase) => cacheControl(apollo, testCase))));
    expect([...headers].some((header) => header?.startsWith('max-age='))).toBe(true);
    expect(headers).toContain('no-store');
  });
});

describe('a real subgraph’s answers over HTTP', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  }, 60_000);
  afterAll(() => stack.stop());

  const ask = async (subgraph: SubgraphName, query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(stack.subgraphs[subgraph].url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    return { header: response.headers.get('cache-control'), body: (await response.json()) as { data?: unknown; errors?: unknown[] } };
  };
  const SERVICES = 'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Service { id name { fa } } } }';

  it('are cacheable for the hints of the types they hold, and not when they carry an error', async () => {
    const services = await ask('catalogue', SERVICES, { representations: [{ __typename: 'Service', id: '1' }, { __typename: 'Service', id: '2' }] });
    expect(services.body.errors).toBeUndefined();
    expect(services.header).toBe('max-age=300, public');
    const projects = await ask('projects', '{ projects { number } }');
    expect(projects.body.errors).toBeUndefined();
    expect(projects.header).toBe('max-age=30, public');
    const failed = await ask('catalogue', SERVICES, { representations: [{ __typename: 'Nothing', id: '1' }] });
    expect(failed.body.errors).toBeDefined();
    expect(failed.header).toBe('no-store');
  });
});

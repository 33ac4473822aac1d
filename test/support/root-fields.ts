import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql';
import { SCHEMA_DIR } from '../../lib/paths';

/** The public API schema (schema/api.graphql), walked by the hostile corpus and the property tests. */
export const apiSchema = buildSchema(readFileSync(join(SCHEMA_DIR, 'api.graphql'), 'utf8'));

export interface RootField {
  operation: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
}

export function rootFields(): RootField[] {
  const query = Object.values(apiSchema.getQueryType()!.getFields()).map((field) => ({ operation: 'query' as const, field }));
  const mutation = Object.values(apiSchema.getMutationType()?.getFields() ?? {}).map((field) => ({ operation: 'mutation' as const, field }));
  return [...query, ...mutation];
}

/** A small selection that makes the field's resolvers run: ids, a connection's count and cursors. */
export function selectionOf(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (isLeafType(named) || !isObjectType(named)) return isLeafType(named) ? '' : '{ __typename }';
  const fields = named.getFields();
  if (fields.edges && fields.totalCount) return '{ totalCount edges { cursor node { id } } }';
  return fields.id ? '{ id }' : `{ ${Object.keys(fields).filter((name) => isLeafType(getNamedType(fields[name].type))).slice(0, 3).join(' ') || '__typename'} }`;
}

/** `query($a: T, …) { field(a: $a, …) { … } }`, every argument a variable. */
export function operationOf({ operation, field }: RootField): string {
  const definitions = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return `${operation}${definitions ? `(${definitions})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selectionOf(field.type)} }`;
}

/** A harmless, valid value for an input type (required arguments need one). */
export function plainValue(type: GraphQLInputType): unknown {
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0].value;
  if (isInputObjectType(named)) return {};
  switch (named.name) {
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    default:
      return '1';
  }
}

export function requiredValues(args: readonly GraphQLArgument[]): Record<string, unknown> {
  return Object.fromEntries(args.filter((arg) => isNonNullType(arg.type)).map((arg) => [arg.name, plainValue(arg.type)]));
}

/** Every place a client puts a string: string/ID arguments and string/ID fields of input objects, as variable paths. */
export function stringSlots(root: RootField): { label: string; set: (value: string) => Record<string, unknown> }[] {
  const slots: { label: string; set: (value: string) => Record<string, unknown> }[] = [];
  const base = requiredValues(root.field.args);
  for (const arg of root.field.args) {
    const named = getNamedType(arg.type);
    if (named.name === 'String' || named.name === 'ID') {
      slots.push({ label: `${root.field.name}(${arg.name})`, set: (value) => ({ ...base, [arg.name]: value }) });
    } else if (isInputObjectType(named)) {
      for (const inner of Object.values(named.getFields())) {
        const innerNamed = getNamedType(inner.type);
        if (innerNamed.name === 'String' || innerNamed.name === 'ID') {
          slots.push({ label: `${root.field.name}(${arg.name}.${inner.name})`, set: (value) => ({ ...base, [arg.name]: { [inner.name]: value } }) });
        }
      }
    }
  }
  return slots;
}

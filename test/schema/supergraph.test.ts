import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isObjectType,
  parse,
  type DefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type TypeNode,
} from 'graphql';
import { ROOT } from '../../lib/paths';
import { API_SCHEMA_FILE, SUPERGRAPH_FILE, composeSupergraph } from '../../scripts/composition';

const apiSchema = buildSchema(readFileSync(API_SCHEMA_FILE, 'utf8'));

const typeString = (node: TypeNode): string =>
  node.kind === 'NonNullType' ? `${typeString(node.type)}!` : node.kind === 'ListType' ? `[${typeString(node.type)}]` : node.name.value;

describe('the composed supergraph', () => {
  it('is what `npm run compose` makes of schema/*.graphql (run it and commit the result if this fails)', () => {
    const { supergraphSdl, apiSdl } = composeSupergraph();
    expect(readFileSync(SUPERGRAPH_FILE, 'utf8')).toBe(supergraphSdl);
    expect(readFileSync(API_SCHEMA_FILE, 'utf8')).toBe(apiSdl);
  });

  it('describes every type, field, argument and enum value in English', () => {
    const undescribed: string[] = [];
    for (const type of Object.values(apiSchema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description && !['Query', 'Mutation'].includes(type.name)) undescribed.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undescribed.push(`${type.name}.${field.name}`);
          for (const arg of (field as GraphQLField<unknown, unknown>).args ?? []) {
            if (!arg.description) undescribed.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) undescribed.push(`${type.name}.${value.name}`);
    }
    expect(undescribed).toEqual([]);
  });

  it('serves every type, field and argument of the public contract with the contract’s types', () => {
    const contract = parse(readFileSync(join(ROOT, 'docs', 'contract.graphql'), 'utf8'));
    const mismatches: string[] = [];
    const check = (typeName: string, fieldName: string, expected: string, args: [string, string][] = []): void => {
      const type: GraphQLNamedType | undefined | null = apiSchema.getType(typeName);
      const field = type && (isObjectType(type) || isInputObjectType(type)) ? type.getFields()[fieldName] : undefined;
      if (!field) {
        mismatches.push(`${typeName}.${fieldName} is missing`);
        return;
      }
      if (String(field.type) !== expected) mismatches.push(`${typeName}.${fieldName}: ${String(field.type)}, contract says ${expected}`);
      for (const [argName, argType] of args) {
        const arg = 'args' in field ? field.args.find((candidate) => candidate.name === argName) : undefined;
        if (!arg || String(arg.type) !== argType) mismatches.push(`${typeName}.${fieldName}(${argName}: ${argType})`);
      }
    };
    contract.definitions.forEach((definition: DefinitionNode) => {
      if (definition.kind === 'ObjectTypeDefinition' || definition.kind === 'InputObjectTypeDefinition') {
        for (const field of definition.fields ?? []) {
          const args = 'arguments' in field ? (field.arguments ?? []).map((arg) => [arg.name.value, typeString(arg.type)] as [string, string]) : [];
          check(definition.name.value, field.name.value, typeString(field.type), args);
        }
      }
      if (definition.kind === 'EnumTypeDefinition') {
        const type = apiSchema.getType(definition.name.value);
        const values = isEnumType(type) ? type.getValues().map((value) => value.name) : [];
        for (const value of definition.values ?? []) if (!values.includes(value.name.value)) mismatches.push(`${definition.name.value}.${value.name.value}`);
      }
    });
    // The fields the contract lists in comments, as other subgraphs' extensions.
    check('Service', 'inquiries', '[Inquiry!]!');
    check('Service', 'inquiryCount', 'Int!');
    check('Service', 'paperInquiryCount', 'Int!');
    check('Service', 'providerAgencies', '[Agency!]!');
    check('SubService', 'inquiries', '[Inquiry!]!');
    check('SubService', 'inquiryCount', 'Int!');
    check('Agency', 'inquiriesProvided', '[Inquiry!]!');
    check('Agency', 'dependentServices', 'ServiceConnection!', [['first', 'Int'], ['after', 'String']]);
    check('Service', 'project', 'PriorityProject');
    check('SubService', 'project', 'PriorityProject');
    check('Agency', 'projects', '[PriorityProject!]!');
    expect(mismatches).toEqual([]);
  });
});

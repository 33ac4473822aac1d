import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  getNamedType,
  isAbstractType,
  isCompositeType,
  isObjectType,
  Kind,
  type DirectiveNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * A subgraph answer's Cache-Control header, worked out once per operation from the schema's @cacheControl hints,
 * where Apollo's cache-control plugin collects the same hints field by field at run time (a hook on every
 * resolver, which also makes Apollo wrap every resolver in the schema). The gateway's caches read the header.
 *
 * Apollo's rules (defaultMaxAge 0), as its plugin applies them to each field: a field returning an object takes
 * its type's hint, then the field's own (or inherits its parent's, with inheritMaxAge); an object-valued or root
 * field left without a maxAge gets 0; `_entities` takes the hints of the types its representations name (as
 * @apollo/subgraph sets them). No resolver here sets a dynamic hint, so the hints depend on the document and,
 * for `_entities`, on those type names only. Where this differs from Apollo's plugin, it errs on the safe side:
 * every field the document selects counts, also those a null parent or an @skip leaves unresolved, and an
 * `_entities` whose representations are not one variable of the root selection (an inline list, a fragment on
 * Query) makes the answer uncacheable; either can only shorten a max-age, never lengthen it.
 */
export function staticCachePolicy(): ApolloServerPlugin<BaseContext> {
  const policies = new WeakMap<OperationDefinitionNode, Map<string, CacheHint>>();
  return {
    async requestDidStart() {
      return {
        async executionDidStart({ schema, document, operation, request, overallCachePolicy }) {
          const entityTypes = representedTypes(operation, request.variables);
          const key = entityTypes.join(',');
          let byEntityTypes = policies.get(operation);
          if (!byEntityTypes) policies.set(operation, (byEntityTypes = new Map()));
          let policy = byEntityTypes.get(key);
          if (!policy) {
            policy = operationPolicy(schema, document.definitions, operation, entityTypes);
            // Only type names of the schema are remembered: a caller cannot grow the map with made-up ones.
            if (entityTypes.every((name) => schema.getType(name))) byEntityTypes.set(key, policy);
          }
          overallCachePolicy.restrict(policy);
        },
        async willSendResponse({ response, overallCachePolicy }) {
          const cacheable = overallCachePolicy.policyIfCacheable();
          response.http.headers.set(
            'cache-control',
            cacheable && response.body.kind === 'single' && !response.body.singleResult.errors ? `max-age=${cacheable.maxAge}, ${cacheable.scope.toLowerCase()}` : 'no-store',
          );
        },
      };
    },
  };
}

/** The distinct, sorted `__typename`s of an `_entities` selection's representations (none when it has none). */
function representedTypes(operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): string[] {
  const names = new Set<string>();
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || selection.name.value !== '_entities') continue;
    const argument = selection.arguments?.find((candidate) => candidate.name.value === 'representations');
    // The gateway passes them as a variable; anything else counts as an unknown type (uncacheable).
    const representations = argument?.value.kind === Kind.VARIABLE ? variables?.[argument.value.name.value] : undefined;
    if (!Array.isArray(representations)) {
      names.add('');
      continue;
    }
    for (const representation of representations) names.add(String((representation as { __typename?: unknown } | null)?.__typename ?? ''));
  }
  return [...names].sort();
}

type Definitions = readonly { kind: string }[];

function operationPolicy(schema: GraphQLSchema, definitions: Definitions, operation: OperationDefinitionNode, entityTypes: string[]): CacheHint {
  const fragments = new Map(
    definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]),
  );
  const root = schema.getRootType(operation.operation);
  const overall: CacheHint = {};

  const walk = (selectionSet: SelectionSetNode, parents: readonly GraphQLObjectType[], isRoot: boolean) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT || selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
        if (!fragment) continue;
        const condition = fragment.typeCondition ? (schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined) : undefined;
        const applies = (parent: GraphQLObjectType) => !condition || (isAbstractType(condition) ? schema.isSubType(condition, parent) : parent === condition);
        walk(fragment.selectionSet, parents.filter(applies), isRoot);
        continue;
      }
      const name = selection.name.value;
      if (name.startsWith('__')) continue; // meta fields resolve without a hint
      for (const parent of parents) {
        const field = parent.getFields()[name];
        if (!field) continue;
        const target = getNamedType(field.type);
        const composite = isCompositeType(target);
        // As Apollo's plugin: the type's hint, then the field's own (or its parent's, with inheritMaxAge).
        const policy: CacheHint = {};
        let inheritMaxAge = false;
        if (composite) {
          const typeHint = typeAnnotation(target);
          replace(policy, typeHint);
          inheritMaxAge = !!typeHint.inheritMaxAge;
        }
        const fieldHint = fieldAnnotation(field);
        if (fieldHint.inheritMaxAge && policy.maxAge === undefined) {
          inheritMaxAge = true;
          replace(policy, { scope: fieldHint.scope });
        } else {
          replace(policy, fieldHint);
        }
        let children: readonly GraphQLObjectType[] = !composite ? [] : isObjectType(target) ? [target] : schema.getPossibleTypes(target);
        if (isRoot && name === '_entities') {
          children = children.filter((type) => entityTypes.includes(type.name));
          // An unknown type fails the request; none at all leaves the field without a maxAge.
          for (const typeName of entityTypes) {
            const type = children.find((child) => child.name === typeName);
            restrict(policy, type ? typeAnnotation(type) : { maxAge: 0 });
          }
        }
        if (policy.maxAge === undefined && ((composite && !inheritMaxAge) || isRoot)) restrict(policy, { maxAge: 0 });
        restrict(overall, policy);
        if (selection.selectionSet) walk(selection.selectionSet, children, false);
      }
    }
  };
  if (root) walk(operation.selectionSet, [root], true);
  return overall;
}

/** Apollo's CachePolicy.replace: the hint's values, where it has them. */
function replace(policy: CacheHint, hint: CacheHint): void {
  if (hint.maxAge !== undefined) policy.maxAge = hint.maxAge;
  if (hint.scope !== undefined) policy.scope = hint.scope;
}

/** Apollo's CachePolicy.restrict: the shorter max-age, and PRIVATE once private. */
function restrict(policy: CacheHint, hint: CacheHint): void {
  if (hint.maxAge !== undefined && (policy.maxAge === undefined || hint.maxAge < policy.maxAge)) policy.maxAge = hint.maxAge;
  if (hint.scope !== undefined && policy.scope !== 'PRIVATE') policy.scope = hint.scope;
}

interface CacheHint {
  maxAge?: number;
  scope?: 'PUBLIC' | 'PRIVATE';
}

interface Annotation extends CacheHint {
  inheritMaxAge?: boolean;
}

const typeAnnotations = new WeakMap<GraphQLCompositeType, Annotation>();
const fieldAnnotations = new WeakMap<GraphQLField<unknown, unknown>, Annotation>();

function typeAnnotation(type: GraphQLCompositeType): Annotation {
  let annotation = typeAnnotations.get(type);
  if (!annotation) {
    const nodes = [type.astNode, ...(type.extensionASTNodes ?? [])];
    annotation = nodes.map((node) => annotationOf(node?.directives)).find((found) => found !== undefined) ?? {};
    typeAnnotations.set(type, annotation);
  }
  return annotation;
}

function fieldAnnotation(field: GraphQLField<unknown, unknown>): Annotation {
  let annotation = fieldAnnotations.get(field);
  if (!annotation) fieldAnnotations.set(field, (annotation = annotationOf(field.astNode?.directives) ?? {}));
  return annotation;
}

/** A @cacheControl directive's hint, read as Apollo reads it (literal arguments only). */
function annotationOf(directives: readonly DirectiveNode[] | undefined): Annotation | undefined {
  const directive = directives?.find((candidate) => candidate.name.value === 'cacheControl');
  if (!directive?.arguments) return undefined;
  const argument = (name: string) => directive.arguments!.find((candidate) => candidate.name.value === name)?.value;
  const scopeValue = argument('scope');
  const scope = scopeValue?.kind === Kind.ENUM && (scopeValue.value === 'PUBLIC' || scopeValue.value === 'PRIVATE') ? scopeValue.value : undefined;
  const inherit = argument('inheritMaxAge');
  if (inherit?.kind === Kind.BOOLEAN && inherit.value) return { inheritMaxAge: true, scope };
  const maxAge = argument('maxAge');
  return { maxAge: maxAge?.kind === Kind.INT ? parseInt(maxAge.value, 10) : undefined, scope };
}

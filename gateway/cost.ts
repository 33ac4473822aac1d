import type { ApolloServerPlugin } from '@apollo/server';
import { getNamedType, getNullableType, GraphQLError, isLeafType, isListType, isUnionType, type OperationDefinitionNode } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';
import { DEFAULT_PAGE_SIZE } from '../lib/page-size';
import type { GatewayContext } from './context';
import { LIST_SIZES } from './list-sizes';

/**
 * Estimated cost: every object in the answer costs 1 (scalars 0), and a list's items with what is
 * under them, or what is under a connection, cost as many times as the list can be long: `first`
 * (at most MAX_PAGE_SIZE, since a larger one is refused anyway; omitted or null, the
 * DEFAULT_PAGE_SIZE the subgraphs then serve), or for a list with no `first` its size in
 * LIST_SIZES, else `listSize` (a connection's `edges` count once: its `first` already multiplies them).
 */
export function costEstimator(listSize: number, maxPageSize: number): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    const own = isLeafType(getNamedType(field.type)) ? 0 : 1;
    const paged = field.args.some((arg) => arg.name === 'first');
    const first: unknown = paged ? (args.first ?? DEFAULT_PAGE_SIZE) : undefined;
    const list = isListType(getNullableType(field.type));
    // A connection's (a type with pageInfo) `edges` are as many as the connection's `first`, already counted.
    const pagedAbove = !isUnionType(type) && 'pageInfo' in type.getFields();
    const times = typeof first === 'number' ? Math.min(Math.max(first, 0), maxPageSize) : list && !pagedAbove ? (LIST_SIZES[`${type.name}.${field.name}`] ?? listSize) : 1;
    // A list's items are the objects (each costs its 1); a connection is one object whose `first` multiplies what is
    // under it (at least once: its pageInfo and counts are there with `first: 0` too).
    return list ? times * (own + childComplexity) : own + Math.max(times, 1) * childComplexity;
  };
}

/**
 * Refuses an operation whose estimated cost is above `budget`, before any subgraph is called, and
 * leaves the cost in the context (the rate limit spends it). Fails closed: an operation that cannot
 * be costed is refused (BAD_USER_INPUT for its variables, COST_ANALYSIS_FAILED otherwise), never run
 * unchecked. Variables the operation does not declare are dropped first (execution ignores them
 * anyway): nothing reads them, so junk in one (JSON nested too deep to stringify) cannot stop the
 * costing.
 */
export function costLimit(budget: number, listSize: number, maxPageSize: number): ApolloServerPlugin<GatewayContext> {
  const estimators = [costEstimator(listSize, maxPageSize)];
  // Costing walks the whole document (a tenth of a cached answer's CPU): each cost is kept per document and the
  // variables that can change it. Only `first`, an Int, does; a string variable (an id, a search) never can.
  const costs = new LRUCache<string, number>({ max: 2_000 });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, queryHash, operation, contextValue }) {
          let cost: number;
          try {
            const variables = declaredOnly(operation, request.variables ?? {});
            request.variables = variables;
            const key = `${queryHash}\n${request.operationName ?? ''}\n${JSON.stringify(Object.entries(variables).filter(([, value]) => typeof value !== 'string'))}`;
            const kept = costs.get(key);
            cost = kept ?? getComplexity({ schema, query: document, variables, operationName: request.operationName, estimators });
            if (!Number.isFinite(cost) || cost < 0) throw new Error(`the estimate came out as ${cost}`);
            if (kept === undefined) costs.set(key, cost);
          } catch (error) {
            throw costingFailed(error);
          }
          contextValue.cost = cost;
          if (cost > budget) {
            throw new GraphQLError(`The operation's estimated cost is ${cost}, above the limit of ${budget}: ask for fewer items (smaller \`first\`) or fewer nested lists`, {
              extensions: { code: 'COST_LIMIT_EXCEEDED', cost, limit: budget, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

/** The variables the operation declares, in a new object; the others never reach costing or execution. */
function declaredOnly(operation: OperationDefinitionNode | null | undefined, variables: Record<string, unknown>): Record<string, unknown> {
  const declared: Record<string, unknown> = {};
  for (const definition of operation?.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (Object.hasOwn(variables, name)) declared[name] = variables[name];
  }
  return declared;
}

/** Variables that do not fit their types are the client's to fix (BAD_USER_INPUT); anything else still refuses the operation. */
function costingFailed(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) {
    return new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
  }
  return new GraphQLError("The operation's cost could not be estimated, so it is not run: check its variables (JSON nested too deep, say)", {
    extensions: { code: 'COST_ANALYSIS_FAILED', http: { status: 400 } },
  });
}

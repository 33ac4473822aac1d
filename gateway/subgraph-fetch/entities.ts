import type { GraphQLFormattedError } from 'graphql';
import { keyOf } from './keys';
import { withVariables, type SubgraphAnswer, type SubgraphRequest } from './types';

/**
 * A fetch of entities by representation (`_entities`): what the coalescer merges and the entity
 * cache splits. Both send a request for some representations and answer the ones asked from it.
 */
export interface EntitiesRead {
  representations: unknown[];
  otherVariables: Record<string, unknown>;
  /** What reads of the same entities share, whatever the client named its operation: the selection and the other variables. */
  scope: string;
}

const OPERATION_NAME = /^(query)\s+[_A-Za-z][_0-9A-Za-z]*/;

/** An `_entities` read, split into its representations and the rest; undefined for any other request. */
export function entitiesRead(request: SubgraphRequest): EntitiesRead | undefined {
  const { representations, ...otherVariables } = request.variables;
  if (!request.read || !Array.isArray(representations) || representations.length === 0 || !request.query.includes('_entities')) return undefined;
  // The gateway names each fetch after the client's operation and a number (Page__inquiries__1): the same selection is the same text without it.
  // Object key order is the gateway's own, the same for every fetch it builds from one plan node shape.
  return { representations, otherVariables, scope: keyOf(request.query.replace(OPERATION_NAME, '$1'), JSON.stringify(otherVariables)) };
}

/** The same read for other representations. */
export function entitiesRequest(request: SubgraphRequest, read: EntitiesRead, representations: unknown[]): SubgraphRequest {
  return withVariables(request, { ...read.otherVariables, representations });
}

/**
 * The answer to a read of n representations, made from the answer to a fetch of others: its i-th
 * entity is the fetched one at `positions[i]`, or `known[i]` where positions[i] is undefined (an
 * entity answered before). An error about the k-th entity fetched is given to every i at k, at i;
 * an error about the whole fetch to the read as is.
 */
export function entitiesAnswer(answer: SubgraphAnswer, positions: (number | undefined)[], known: unknown[] = []): SubgraphAnswer {
  const fetched = answer.data?._entities;
  const errors = answer.errors?.flatMap((error): GraphQLFormattedError[] => {
    const path = error.path;
    if (path?.[0] !== '_entities' || typeof path[1] !== 'number') return [error];
    const at = path[1];
    return positions.flatMap((position, index) => (position === at ? [{ ...error, path: ['_entities', index, ...path.slice(2)] }] : []));
  });
  const { errors: _all, ...rest } = answer;
  return {
    ...rest,
    data: Array.isArray(fetched) ? { ...answer.data, _entities: positions.map((position, index) => (position === undefined ? known[index] : fetched[position])) } : answer.data,
    ...(errors?.length ? { errors } : {}),
  };
}

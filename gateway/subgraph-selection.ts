import type { SubgraphRequest } from './entity-cache';

const OPERATION_NAME = /^(query)\s+[_A-Za-z][_0-9A-Za-z]*/;

/**
 * A subgraph fetch's query without its operation name: the gateway names each fetch after the
 * client's operation and a number (Page__inquiries__1), so the same selection is the same text
 * whatever the client called it.
 */
export function selectionOf(query: string): string {
  return query.replace(OPERATION_NAME, '$1');
}

export interface EntitiesRead {
  query: string;
  representations: unknown[];
  otherVariables: Record<string, unknown>;
}

/** A fetch of entities by representation (`_entities`), split into its representations and other variables; undefined for any other request. */
export function entitiesRead(request: SubgraphRequest): EntitiesRead | undefined {
  const { representations, ...otherVariables } = request.variables ?? {};
  if (!Array.isArray(representations) || representations.length === 0 || !request.query?.includes('_entities')) return undefined;
  return { query: request.query, representations, otherVariables };
}

const OPERATION_NAME = /^(query)\s+[_A-Za-z][_0-9A-Za-z]*/;

/**
 * A subgraph fetch's query without its operation name: the gateway names each fetch after the
 * client's operation and a number (Page__inquiries__1), so the same selection is the same text
 * whatever the client called it.
 */
export function selectionOf(query: string): string {
  return query.replace(OPERATION_NAME, '$1');
}

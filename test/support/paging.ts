import type { TestStack } from './stack';

/**
 * Follows a connection through every page. `path` picks the connection out of `data`;
 * the query must take `$first` and `$after` and select `edges { cursor node {...} } pageInfo`.
 */
export async function collectPages<Node>(
  stack: TestStack,
  query: string,
  path: (data: any) => any,
  variables: Record<string, unknown> = {},
  first = 100,
): Promise<{ nodes: Node[]; cursors: string[]; totalCount: number; pages: number }> {
  const nodes: Node[] = [];
  const cursors: string[] = [];
  let after: string | null = null;
  let totalCount = -1;
  let pages = 0;
  for (;;) {
    const response = await stack.query(query, { ...variables, first, after });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    const connection = path(response.data);
    totalCount = connection.totalCount;
    pages += 1;
    for (const edge of connection.edges) {
      nodes.push(edge.node);
      cursors.push(edge.cursor);
    }
    if (!connection.pageInfo.hasNextPage) return { nodes, cursors, totalCount, pages };
    after = connection.pageInfo.endCursor;
    if (pages > 10_000) throw new Error('pagination does not end');
  }
}

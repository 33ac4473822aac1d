import { DEFAULT_PAGE_SIZE } from '../../lib/page-size';
import { badInput } from './errors';

/**
 * Relay connections with keyset pagination. A cursor is the item's sort key, so it stays
 * valid (and names the same item) whatever was inserted before it; clients treat it as opaque.
 */

export type SortKey = number[];

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Page {
  /** Rows to fetch: one more than asked, to know whether a next page exists. */
  fetch: number;
  first: number;
  after: SortKey | null;
}

export interface Edge<Node> {
  cursor: string;
  node: Node;
}

export interface Connection<Node> {
  totalCount: number;
  edges: Edge<Node>[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const PREFIX = 'c1';

export function encodeCursor(kind: string, key: SortKey): string {
  return Buffer.from(`${PREFIX}:${kind}:${key.join(':')}`, 'utf8').toString('base64url');
}

export function decodeCursor(kind: string, cursor: string, keyLength: number): SortKey {
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  const key = parts.slice(2).map(Number);
  const valid =
    cursor.length <= 200 &&
    parts[0] === PREFIX &&
    parts[1] === kind &&
    key.length === keyLength &&
    key.every((value) => Number.isSafeInteger(value));
  if (!valid) throw badInput('`after` is not a cursor of this list: pass an endCursor this list returned', 'after');
  return key;
}

/** Validates first/after; `first` must be 0..maxPageSize, and the error says so; omitted or null, DEFAULT_PAGE_SIZE. */
export function readPage(args: PageArgs, kind: string, keyLength: number, maxPageSize: number): Page {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > maxPageSize) {
    throw badInput(`\`first\` must be between 0 and ${maxPageSize} (got ${first}); page with \`after\` for more`, 'first');
  }
  const after = args.after == null ? null : decodeCursor(kind, args.after, keyLength);
  return { fetch: first + 1, first, after };
}

/** Builds the connection from the rows fetched with `page.fetch` and the total count. */
export function toConnection<Row, Node>(
  rows: Row[],
  page: Page,
  totalCount: number,
  kind: string,
  keyOf: (row: Row) => SortKey,
  nodeOf: (row: Row) => Node,
): Connection<Node> {
  const pageRows = rows.slice(0, page.first);
  const edges = pageRows.map((row) => ({ cursor: encodeCursor(kind, keyOf(row)), node: nodeOf(row) }));
  return {
    totalCount,
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.first,
      hasPreviousPage: page.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

import { createHash } from 'node:crypto';
import stringify from 'safe-stable-stringify';
import { DEFAULT_PAGE_SIZE } from '../../lib/page-size';
import { badInput } from './errors';

/**
 * Relay connections with keyset pagination. A cursor is the item's sort key, so it stays
 * valid (and names the same item) whatever was inserted before it; clients treat it as opaque.
 * It also names its list: the field and a hash of the arguments that define the list (all but
 * `first` and `after`), so a cursor taken from one list is refused by another.
 */

export type SortKey = number[];

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Page {
  /** The list the page belongs to: its field and the hash of its defining arguments. */
  list: string;
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

const PREFIX = 'c2';

/** `kind` and a hash of the arguments that define the list, in a form that is the same for the same arguments in any order. */
export function listOf(kind: string, args: object): string {
  const { first: _first, after: _after, ...defining } = args as PageArgs & Record<string, unknown>;
  return `${kind}.${createHash('sha256').update(stringify(defining)).digest('base64url').slice(0, 11)}`;
}

export function encodeCursor(list: string, key: SortKey): string {
  return Buffer.from(`${PREFIX}:${list}:${key.join(':')}`, 'utf8').toString('base64url');
}

export function decodeCursor(list: string, cursor: string, keyLength: number): SortKey {
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  if (cursor.length > 200 || parts[0] !== PREFIX || parts.length < 3) {
    throw badInput('`after` is not a cursor of this list: pass an endCursor this list returned', 'after');
  }
  if (parts[1] !== list) {
    throw badInput('`after` is a cursor of another list (another field, or the same field with other arguments): page with the arguments that gave it', 'after');
  }
  const key = parts.slice(2).map(Number);
  if (key.length !== keyLength || !key.every((value) => Number.isSafeInteger(value))) {
    throw badInput('`after` is not a cursor of this list: pass an endCursor this list returned', 'after');
  }
  return key;
}

/** Validates first/after against the list `kind` with these arguments; `first` must be 0..maxPageSize, and the error says so; omitted or null, DEFAULT_PAGE_SIZE. */
export function readPage(args: PageArgs & { [argument: string]: unknown }, kind: string, keyLength: number, maxPageSize: number): Page {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > maxPageSize) {
    throw badInput(`\`first\` must be between 0 and ${maxPageSize} (got ${first}); page with \`after\` for more`, 'first');
  }
  const list = listOf(kind, args);
  const after = args.after == null ? null : decodeCursor(list, args.after, keyLength);
  return { list, fetch: first + 1, first, after };
}

/** Builds the connection from the rows fetched with `page.fetch` and the total count. */
export function toConnection<Row, Node>(
  rows: Row[],
  page: Page,
  totalCount: number,
  keyOf: (row: Row) => SortKey,
  nodeOf: (row: Row) => Node,
): Connection<Node> {
  const pageRows = rows.slice(0, page.first);
  const edges = pageRows.map((row) => ({ cursor: encodeCursor(page.list, keyOf(row)), node: nodeOf(row) }));
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

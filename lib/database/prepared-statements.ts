import { createHash } from 'node:crypto';
import { Client } from 'pg';

/**
 * More distinct statement texts than the code builds (filters combine a few fixed fragments):
 * past it, a text is sent unnamed, so no caller can grow every connection's set of statements.
 */
const MOST_NAMED = 1_000;
/**
 * A text pattern given as a parameter: its best plan depends on the pattern (a common word is read in id
 * order and stopped at the page, a rare one through the trigram index), which a generic plan cannot know;
 * named, the search of frontend-search cost PostgreSQL 50 % more CPU (bench/README.md, Levers).
 */
const PATTERN_PARAMETER = /\bI?LIKE\s+\$\d/i;

/**
 * A pg client that sends every statement with parameters as a named prepared statement. pg parses a
 * name once per connection; PostgreSQL then skips parsing and, after five runs, planning (it keeps a
 * generic plan when that costs no more than the custom ones). The name is the text's hash, so every
 * connection and process names the same text alike. Planning was most of PostgreSQL's time on the
 * short reads behind `_entities` (bench/README.md, Levers). Off behind a pooler that hands one
 * session's statements to another connection (PgBouncer in transaction mode before 1.21).
 */
export class PreparingClient extends Client {}

/** Each text seen, and its name; null for a text sent unnamed (a pattern parameter). */
const names = new Map<string, string | null>();

/**
 * The statement's name: its text's SHA-1 (PostgreSQL names may be 63 bytes long); undefined for a text
 * matched against a pattern parameter, and for any text once MOST_NAMED texts are known.
 */
export function statementName(text: string): string | undefined {
  let name = names.get(text);
  if (name === undefined && names.size < MOST_NAMED) {
    name = PATTERN_PARAMETER.test(text) ? null : `s_${createHash('sha1').update(text).digest('base64url')}`;
    names.set(text, name);
  }
  return name ?? undefined;
}

// pg's query() has a dozen overloads; only (text, values, callback?) with values is named, anything else passes through as is.
const plainQuery = Client.prototype.query as (this: Client, ...args: unknown[]) => unknown;
Object.defineProperty(PreparingClient.prototype, 'query', {
  value: function query(this: Client, config: unknown, values?: unknown, ...rest: unknown[]) {
    const name = typeof config === 'string' && Array.isArray(values) && values.length > 0 ? statementName(config) : undefined;
    return plainQuery.call(this, name ? { text: config, name } : config, values, ...rest);
  },
  writable: true,
  configurable: true,
});

/** Apollo's cache hint: a response may be kept `maxAge` seconds, by anyone (PUBLIC) or for its caller only (PRIVATE). */
export interface CacheHint {
  maxAge?: number;
  scope?: 'PUBLIC' | 'PRIVATE';
}

/**
 * A subgraph's Cache-Control header read as Apollo Gateway's RemoteGraphQLDataSource reads it
 * (no max-age: 0; `public` wins over `private`), since the pipeline replaces that data source.
 */
export function cacheHintOf(header: string | null | undefined): CacheHint {
  const directives = new Map<string, string | true>();
  for (const part of header?.trim().split(/\s*,\s*/) ?? []) {
    const [name, value] = part.split(/\s*=\s*/, 2);
    if (name) directives.set(name, value === undefined ? true : value.replace(/^"|"$/g, ''));
  }
  const maxAge = directives.get('max-age');
  const hint: CacheHint = { maxAge: typeof maxAge === 'string' && /^[0-9]+$/.test(maxAge) ? Number(maxAge) : 0 };
  if (directives.get('private') === true) hint.scope = 'PRIVATE';
  if (directives.get('public') === true) hint.scope = 'PUBLIC';
  return hint;
}

/** Apollo's CachePolicy.restrict, on a copy: the shorter max-age, and PRIVATE once private. */
export function restricted(hint: CacheHint, by: CacheHint): CacheHint {
  const result = { ...hint };
  if (by.maxAge !== undefined && (result.maxAge === undefined || by.maxAge < result.maxAge)) result.maxAge = by.maxAge;
  if (by.scope !== undefined && result.scope !== 'PRIVATE') result.scope = by.scope;
  return result;
}

import { parseCacheControlHeader } from '@apollo/gateway/dist/datasources/parseCacheControlHeader';
import { cacheHintOf, restricted, type CacheHint } from '../../../gateway/subgraph-fetch/cache-hint';

/** How Apollo Gateway's RemoteGraphQLDataSource turns a subgraph's Cache-Control header into a hint (its `respond`), as the reference. */
function apolloHint(header: string | null): CacheHint {
  const parsed = parseCacheControlHeader(header);
  const hint: CacheHint = { maxAge: 0 };
  const maxAge = parsed['max-age'];
  if (typeof maxAge === 'string' && maxAge.match(/^[0-9]+$/)) hint.maxAge = +maxAge;
  if (parsed['private'] === true) hint.scope = 'PRIVATE';
  if (parsed['public'] === true) hint.scope = 'PUBLIC';
  return hint;
}

it.each([
  'max-age=300, public',
  'public, max-age=30',
  'max-age=60, private',
  ' max-age = 5 ,public ',
  'max-age="12", public',
  'no-store',
  'max-age=abc, public',
  'private, public, max-age=1',
  '',
  null,
])('reads %p as Apollo Gateway does', (header) => {
  expect(cacheHintOf(header)).toEqual(apolloHint(header));
});

it("restricts as Apollo's CachePolicy: the shorter max-age, and private once private", () => {
  expect(restricted({ maxAge: 300, scope: 'PUBLIC' }, { maxAge: 30, scope: 'PUBLIC' })).toEqual({ maxAge: 30, scope: 'PUBLIC' });
  expect(restricted({ maxAge: 30, scope: 'PRIVATE' }, { maxAge: 300, scope: 'PUBLIC' })).toEqual({ maxAge: 30, scope: 'PRIVATE' });
  expect(restricted({ maxAge: 0 }, { maxAge: 300, scope: 'PUBLIC' })).toEqual({ maxAge: 0, scope: 'PUBLIC' });
});

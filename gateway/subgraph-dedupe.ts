import { IDENTITY_HEADER } from '../lib/auth/identity';
import type { SubgraphRequestInit, SubgraphResponse } from './subgraph-transport';

type Fetcher = (url: string, init: SubgraphRequestInit) => Promise<SubgraphResponse>;

/**
 * Only a read may share an answer. The gateway sends `{"query":"<operation>",…}`; a body that
 * does not start with a query (or a `{` selection) is never shared, so a change in how the body
 * is written can only turn sharing off, never share a mutation.
 */
const READ = /^\{"query":"(?:query\b|\{)/;

/**
 * In-flight deduplication of subgraph reads: while a fetch is on its way, an identical one (same
 * subgraph URL, same caller, same body) waits for its answer instead of asking again. Under load
 * many clients ask the same page at once (a dashboard, the heavy-services list); each waiting
 * caller gets its own copy of the answer (the text is shared, parsed per caller). Nothing is kept
 * once the answer is in: this is not a cache.
 */
export function deduplicated(fetcher: Fetcher): Fetcher {
  const inFlight = new Map<string, Promise<SubgraphResponse>>();
  return (url, init) => {
    if (!init.body || !READ.test(init.body)) return fetcher(url, init);
    const key = `${url}\n${init.headers?.[IDENTITY_HEADER] ?? ''}\n${init.body}`;
    const pending = inFlight.get(key);
    if (pending) return pending;
    const started = fetcher(url, init).finally(() => inFlight.delete(key));
    inFlight.set(key, started);
    return started;
  };
}

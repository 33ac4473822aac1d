import type { ReadinessCheck } from '../lib/http/readiness';

/**
 * A subgraph is reachable when it answers `{ __typename }` over HTTP with data. The probe is
 * signed like any gateway request (`headers`, over the probe's method, URL and body), since with
 * SUBGRAPH_SECRET set a subgraph answers nothing unsigned.
 */
export function subgraphReachable(url: string, headers: (request: { method: string; url: string; body: string }) => Record<string, string>): ReadinessCheck {
  const probe = JSON.stringify({ query: '{ __typename }' });
  return async (signal) => {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers({ method: 'POST', url, body: probe }) },
        body: probe,
        signal,
      });
    } catch {
      throw new Error(signal.aborted ? 'no answer in time' : 'unreachable');
    }
    if (!response.ok) throw new Error(`answered HTTP ${response.status}`);
    const body = (await response.json().catch(() => ({}))) as { data?: unknown };
    if (!body.data) throw new Error('answered without data');
  };
}

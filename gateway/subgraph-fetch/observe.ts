import type { Metrics } from '../../lib/metrics';
import { injectTraceContext } from '../../lib/tracing';
import type { Stage } from './types';

/**
 * The operator's view: each fetch that goes on toward the subgraph timed and counted by subgraph and
 * outcome, and the active span's W3C trace context sent along, so the subgraph's spans join the
 * gateway's trace.
 */
export function observe(metrics: Metrics): Stage {
  return (next) => async (request) => {
    const headers = { ...request.headers };
    injectTraceContext({ set: (name, value) => (headers[name] = value) });
    const stop = metrics.subgraphFetchSeconds.startTimer({ subgraph: request.subgraph });
    let outcome = 'error';
    try {
      const answer = await next({ ...request, headers });
      if (!answer.errors?.length) outcome = 'success';
      return answer;
    } finally {
      stop({ outcome });
      metrics.subgraphFetches.inc({ subgraph: request.subgraph, outcome });
    }
  };
}

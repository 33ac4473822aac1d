import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Metrics } from '../lib/metrics';
import { injectTraceContext } from '../lib/tracing';
import type { GatewayContext } from './context';
import type { SubgraphAnswer } from './entity-cache';
import { SubgraphSource, type SubgraphSourceOptions } from './subgraph-source';

/**
 * SubgraphSource with the operator's view: each fetch sent timed and counted by subgraph and outcome
 * in the gateway's metrics, and the active span's W3C trace context sent along, so the subgraph's
 * spans join the gateway's trace.
 */
export class ObservedSubgraphSource extends SubgraphSource {
  constructor(
    private readonly subgraph: string,
    private readonly metrics: Metrics,
    options: SubgraphSourceOptions,
  ) {
    super(subgraph, options);
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    super.willSendRequest(options);
    if (options.request.http?.headers) injectTraceContext(options.request.http.headers);
  }

  protected override async send(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphAnswer> {
    const stop = this.metrics.subgraphFetchSeconds.startTimer({ subgraph: this.subgraph });
    let outcome = 'error';
    try {
      const response = await super.send(options);
      if (!response.errors?.length) outcome = 'success';
      return response;
    } finally {
      stop({ outcome });
      this.metrics.subgraphFetches.inc({ subgraph: this.subgraph, outcome });
    }
  }
}

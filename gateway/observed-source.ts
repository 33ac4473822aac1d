import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Metrics } from '../lib/metrics';
import { injectTraceContext } from '../lib/tracing';
import type { GatewayContext } from './context';
import { SubgraphSource } from './subgraph-source';

/**
 * SubgraphSource with the operator's view: each fetch timed and counted by subgraph and outcome
 * in the gateway's metrics, and the active span's W3C trace context sent along, so the subgraph's
 * spans join the gateway's trace.
 */
export class ObservedSubgraphSource extends SubgraphSource {
  constructor(
    private readonly subgraph: string,
    private readonly metrics: Metrics,
    ...rest: ConstructorParameters<typeof SubgraphSource> extends [string, ...infer Rest] ? Rest : never
  ) {
    super(subgraph, ...rest);
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    super.willSendRequest(options);
    if (options.request.http?.headers) injectTraceContext(options.request.http.headers);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): ReturnType<SubgraphSource['process']> {
    const stop = this.metrics.subgraphFetchSeconds.startTimer({ subgraph: this.subgraph });
    let outcome = 'error';
    try {
      const response = await super.process(options);
      if (!response.errors?.length) outcome = 'success';
      return response;
    } finally {
      stop({ outcome });
      this.metrics.subgraphFetches.inc({ subgraph: this.subgraph, outcome });
    }
  }
}

import autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  /** A fresh request body each time: varied variables, never one cached request replayed. */
  body: () => string;
  connections: number;
  durationSeconds: number;
}

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p90: number;
  p99: number;
  /** Transport errors, timeouts, non-2xx answers and GraphQL answers carrying errors. */
  errors: number;
}

/** Drives `url` with autocannon at a fixed concurrency for a fixed time. */
export async function drive(options: LoadOptions): Promise<LoadResult> {
  let graphqlErrors = 0;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: options.body() }),
        onResponse: (_status, body) => {
          if (body.includes('"errors"')) graphqlErrors += 1;
        },
      },
    ],
  });
  return {
    requests: result.requests.total,
    requestsPerSecond: round(result.requests.average),
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
  };
}

const round = (value: number) => Math.round(value * 10) / 10;

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
  /** Share of answers served from the gateway's response cache (they carry an `age` header). */
  cacheHitRatio: number;
}

/** Drives `url` with autocannon at a fixed concurrency for a fixed time. */
export async function drive(options: LoadOptions): Promise<LoadResult> {
  let graphqlErrors = 0;
  let cacheHits = 0;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: options.body() }),
        onResponse: (_status, body, _context, headers) => {
          if (body.includes('"errors"')) graphqlErrors += 1;
          if (headers?.age !== undefined) cacheHits += 1;
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
    cacheHitRatio: result.requests.total ? Math.round((cacheHits / result.requests.total) * 100) / 100 : 0,
  };
}

const round = (value: number) => Math.round(value * 10) / 10;

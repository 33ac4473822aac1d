import type { Express } from 'express';

/** One thing a server needs to be ready (its database, a subgraph); resolves when it is there, rejects otherwise. */
export type ReadinessCheck = (signal: AbortSignal) => Promise<void>;

export interface ReadinessReport {
  status: 'ready' | 'unavailable';
  service: string;
  /** Each check by name: "ok" or why it failed. */
  checks: Record<string, string>;
  /** The names of the checks that failed. */
  failing: string[];
}

/** Runs every check at once, each cut off after `timeoutMs`. */
export async function checkReadiness(service: string, checks: Record<string, ReadinessCheck>, timeoutMs: number): Promise<ReadinessReport> {
  const names = Object.keys(checks);
  const results = await Promise.all(
    names.map(async (name) => {
      const signal = AbortSignal.timeout(timeoutMs);
      try {
        await Promise.race([
          checks[name](signal),
          new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(new Error(`no answer within ${timeoutMs} ms`)), { once: true })),
        ]);
        return 'ok';
      } catch (error) {
        return `unavailable: ${error instanceof Error ? error.message : String(error)}`;
      }
    }),
  );
  const report = Object.fromEntries(names.map((name, index) => [name, results[index]]));
  const failing = names.filter((name) => report[name] !== 'ok');
  return { status: failing.length ? 'unavailable' : 'ready', service, checks: report, failing };
}

/** GET /ready: 200 when every check passes, 503 naming the failing ones otherwise. */
export function readinessRoute(app: Express, service: string, checks: () => Record<string, ReadinessCheck>, timeoutMs: number): void {
  app.get('/ready', async (_request, response) => {
    const report = await checkReadiness(service, checks(), timeoutMs);
    response.status(report.status === 'ready' ? 200 : 503).json(report);
  });
}

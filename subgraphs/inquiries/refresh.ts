import type { DataSource } from 'typeorm';

/**
 * The reach's views, which the links read into (a channel does not), in the order each reads the one before. The
 * other derived figures are tables kept up to date inside each write's transaction (derived-queries.ts); the reach,
 * a recursive walk taking seconds at scale 100, is refreshed after the commit.
 */
export const REACH_VIEWS = ['provider_reach', 'provider_reach_count'];

/**
 * Brings the reach's views up to committed writes, shared by the writes that wait for it. A
 * write calls `after(views)` once it has committed and returns only when a refresh that began
 * after its commit has ended, so its caller's next read sees it; writes committed while a refresh
 * runs share the one after it (a few refreshes for fifty concurrent writes, not fifty). CONCURRENTLY:
 * readers keep reading the views meanwhile; refreshes of several replicas queue on the views' locks.
 */
export class ViewRefresher {
  private running: Promise<void> = Promise.resolve();
  private next: { views: Set<string>; done: Promise<void> } | null = null;

  constructor(private readonly db: DataSource) {}

  after(views: readonly string[]): Promise<void> {
    if (views.length === 0) return Promise.resolve();
    if (!this.next) {
      const wanted = new Set<string>();
      const done = this.running
        .catch(() => {})
        .then(() => {
          this.next = null;
          return this.refresh(REACH_VIEWS.filter((view) => wanted.has(view)));
        });
      this.next = { views: wanted, done };
      this.running = done;
    }
    for (const view of views) this.next.views.add(view);
    return this.next.done;
  }

  /** One transaction, free of the API's statement timeout: the reach takes seconds at scale 100, and a refresh cut off would leave it behind. */
  private async refresh(views: string[]): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query(`SET LOCAL statement_timeout = '${REFRESH_TIMEOUT}'`);
      for (const view of views) await tx.query(`REFRESH MATERIALIZED VIEW CONCURRENTLY inquiries.${view}`);
    });
  }
}

const REFRESH_TIMEOUT = '10min';

const refreshers = new WeakMap<DataSource, ViewRefresher>();

/** The refresher of a database (one per process and primary). */
export function viewRefresher(db: DataSource): ViewRefresher {
  let refresher = refreshers.get(db);
  if (!refresher) refreshers.set(db, (refresher = new ViewRefresher(db)));
  return refresher;
}

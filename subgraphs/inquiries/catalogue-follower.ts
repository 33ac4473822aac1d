import { Counter } from 'prom-client';
import type { DataSource } from 'typeorm';
import { signRequest } from '../../lib/auth/request-signature';
import type { Logger } from '../../lib/logger';
import type { Metrics } from '../../lib/metrics';
import { applyFeedPage, fillServiceNames, followCursor, namesMissing, type ServiceNameRow } from './service-name-queries';

/**
 * Keeps the inquiries' copy of the service names in step with the catalogue, which owns them: reads
 * the catalogue's public change feed (`catalogueChanges`) after the stored cursor, straight from the
 * catalogue subgraph, signed as the gateway signs (the subgraphs may accept signed calls only), and
 * applies the service renames with the new cursor in one transaction. Runs at start, then every
 * `intervalMs` (0: only when asked); a failed round is logged, counted and tried again next time.
 */

const FEED = `query CatalogueFollow($after: String) {
  catalogueChanges(first: 100, after: $after) {
    edges { node { action recordKind after record { ... on Service { id } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const SERVICES = `query CatalogueServiceNames($after: String) {
  services(first: 100, after: $after) {
    edges { node { id name { fa } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface ServicesPage {
  edges: { node: { id: string; name: { fa: string } } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

interface FeedPage {
  edges: { node: { action: string; recordKind: string; after: { nameFa?: unknown } | null; record: { id?: string } | null } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface FollowRound {
  /** Feed changes applied in this round (renames and others). */
  changes: number;
  /** Service renames among them. */
  renames: number;
  /** Names copied from the catalogue's service list into a copy that had none. */
  filled?: number;
  /** Why the round stopped early; the next round resumes from the last page applied. */
  failed?: string;
}

export interface CatalogueFollower {
  /** One round now: every page of the feed past the stored cursor. Never throws. */
  followOnce(): Promise<FollowRound>;
  stop(): Promise<void>;
}

export interface FollowerOptions {
  db: DataSource;
  catalogueUrl: string;
  /** The catalogue subgraph's signature key (subgraphKey of the subgraph secret). */
  key: Buffer;
  intervalMs: number;
  timeoutMs: number;
  logger: Logger;
  metrics: Metrics;
}

export function startCatalogueFollower(options: FollowerOptions): CatalogueFollower {
  const { db, catalogueUrl, key, logger } = options;
  const rounds = new Counter({
    name: 'panjare_catalogue_follow_rounds_total',
    help: 'Rounds of following the catalogue\'s change feed into the inquiries\' copy of the service names, by outcome (success, error).',
    labelNames: ['outcome'],
    registers: [options.metrics.registry],
  });

  const ask = async <Data>(query: string, field: string, after: string | null): Promise<Data> => {
    const body = JSON.stringify({ query, variables: { after } });
    const response = await fetch(catalogueUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signRequest(null, { subgraph: 'catalogue', method: 'POST', url: catalogueUrl, body }, key) },
      body,
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    if (!response.ok) throw new Error(`the catalogue answered HTTP ${response.status}`);
    const answer = (await response.json()) as { data?: Record<string, Data>; errors?: { message: string }[] };
    if (answer.errors?.length || !answer.data?.[field]) throw new Error(`the catalogue answered ${answer.errors?.[0]?.message ?? 'without data'}`);
    return answer.data[field]!;
  };

  /** A copy never seeded (the database predates it) starts from the catalogue's list of services, then replays the feed. */
  const fillNames = async (): Promise<number> => {
    const names: ServiceNameRow[] = [];
    for (let after: string | null = null; ; ) {
      const page: ServicesPage = await ask<ServicesPage>(SERVICES, 'services', after);
      names.push(...page.edges.map(({ node }) => ({ id: Number(node.id), nameFa: node.name.fa })));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return (await fillServiceNames(db, names)) ? names.length : 0;
  };

  const round = async (): Promise<FollowRound> => {
    const done: FollowRound = { changes: 0, renames: 0 };
    try {
      let from = await followCursor(db);
      if (from === null && (await namesMissing(db))) done.filled = await fillNames();
      for (;;) {
        const page = await ask<FeedPage>(FEED, 'catalogueChanges', from);
        if (page.pageInfo.endCursor === null) break;
        const renames: ServiceNameRow[] = page.edges.flatMap(({ node }) =>
          node.recordKind === 'SERVICE' && node.action === 'RENAME' && typeof node.after?.nameFa === 'string' && node.record?.id
            ? [{ id: Number(node.record.id), nameFa: node.after.nameFa }]
            : [],
        );
        // Another replica applied this page first: the next round starts from its cursor.
        if (!(await applyFeedPage(db, { from, to: page.pageInfo.endCursor, changes: page.edges.length, renames }))) break;
        done.changes += page.edges.length;
        done.renames += renames.length;
        from = page.pageInfo.endCursor;
        if (!page.pageInfo.hasNextPage) break;
      }
      rounds.inc({ outcome: 'success' });
      if (done.changes > 0 || done.filled) logger.info({ ...done }, 'applied the catalogue\'s changes to the service names');
    } catch (error) {
      done.failed = error instanceof Error ? error.message : String(error);
      rounds.inc({ outcome: 'error' });
      logger.warn({ err: error, catalogueUrl }, 'following the catalogue\'s changes failed; retrying next round');
    }
    return done;
  };

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  // Rounds run one at a time: one asked for while another runs waits for it.
  let last: Promise<FollowRound> = Promise.resolve({ changes: 0, renames: 0 });
  const followOnce = () => (last = last.then(() => (stopped ? { changes: 0, renames: 0, failed: 'stopped' } : round())));

  const schedule = () => {
    if (stopped || options.intervalMs === 0) return;
    timer = setTimeout(() => void followOnce().then(schedule), options.intervalMs);
    timer.unref();
  };
  if (options.intervalMs > 0) void followOnce().then(schedule);

  return {
    followOnce,
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await last;
    },
  };
}

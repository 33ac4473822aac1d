import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Census } from './census';
import type { LoadResult } from './load';

/** panjare: ours as shipped (response and entity caches on); panjare-uncached: the same gateway with both off. */
export type TargetName = 'panjare' | 'panjare-uncached' | 'floor' | 'hive';

export interface TargetResult extends LoadResult {
  /** Peak resident memory of each process behind the target during the run, MB. */
  rssMb: Record<string, number>;
  /** CPU time each process behind the target spent per answered request, ms: steadier than req/s on a shared machine. */
  cpuMsPerRequest: Record<string, number>;
  /** The same for the embedded PostgreSQL (every backend, whichever target sent the statement); absent on DATABASE_URL's server. */
  postgresCpuMsPerRequest?: number;
}

export interface ScaleReport {
  date: string;
  commit: string;
  scale: number;
  machine: { cpus: number; node: string };
  settings: { connections: number; durationSeconds: number; quick: boolean };
  seedSeconds: number;
  operations: Record<string, { census: Census; targets: Partial<Record<TargetName, TargetResult>> }>;
}

const ratio = (ours: number, theirs: number | undefined) => (theirs ? (ours / theirs).toFixed(2) : '–');

/** The Markdown table of one scale: each operation on each target, with ours/floor and ours/peer. */
export function markdownTable(report: ScaleReport): string {
  const lines = [
    `### Scale ${report.scale} — ${report.date}, commit ${report.commit}, ${report.settings.connections} connections × ${report.settings.durationSeconds} s, ${report.machine.cpus} cores, Node ${report.machine.node}`,
    '',
    '| operation | target | req/s | p50 ms | p90 ms | p99 ms | errors | cache hits | SQL/req | CPU ms/req | PostgreSQL CPU ms/req | peak RSS MB | rps ours/floor | p50 ours/floor | rps ours/peer | p99 ours/peer |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |',
  ];
  for (const [name, { census, targets }] of Object.entries(report.operations)) {
    for (const [target, result] of Object.entries(targets) as [TargetName, TargetResult][]) {
      const isOurs = target.startsWith('panjare');
      const cpuTotal = Object.values(result.cpuMsPerRequest ?? {}).reduce((sum, ms) => sum + ms, 0);
      const cpu = cpuTotal > 0 ? cpuTotal.toFixed(1) : '–';
      const rss = Object.entries(result.rssMb).map(([process, mb]) => `${process} ${mb}`).join(', ');
      lines.push(
        `| ${name} | ${target} | ${result.requestsPerSecond} | ${result.p50} | ${result.p90} | ${result.p99} | ${result.errors} | ` +
          `${target === 'panjare' ? `${Math.round((result.cacheHitRatio ?? 0) * 100)} %` : ''} | ` +
          `${isOurs ? census.statementsPerRequest.toFixed(1) + (census.bySize ? ` (${census.bySize.small}→${census.bySize.large})` : '') : ''} | ${cpu} | ${result.postgresCpuMsPerRequest ?? '–'} | ${rss} | ` +
          `${isOurs ? ratio(result.requestsPerSecond, targets.floor?.requestsPerSecond) : ''} | ${isOurs ? ratio(result.p50, targets.floor?.p50) : ''} | ` +
          `${isOurs ? ratio(result.requestsPerSecond, targets.hive?.requestsPerSecond) : ''} | ${isOurs ? ratio(result.p99, targets.hive?.p99) : ''} |`,
      );
    }
  }
  lines.push(
    '',
    'panjare: ours as shipped, the response and entity caches on (cache hits: the share of answers the response cache served); ' +
      'panjare-uncached: the same gateway with RESPONSE_CACHE=false ENTITY_CACHE=false, every answer computed. ' +
      'SQL/req: statements per request averaged over 20 varied requests; in brackets, at page size 5 → 100. ' +
      'CPU ms/req: CPU time of the target\'s Node processes per answered request (the floor\'s under tsx\'s wrapper included); ' +
      'PostgreSQL CPU ms/req: the embedded server\'s, all backends (not measured on a DATABASE_URL server, which others share).',
  );
  return lines.join('\n') + '\n';
}

/** Writes bench/results/<date>-scale<N>.json and .md; returns the paths. */
export function writeReport(directory: string, report: ScaleReport): string[] {
  mkdirSync(directory, { recursive: true });
  const base = join(directory, `${report.date}-scale${report.scale}${report.settings.quick ? '-quick' : ''}`);
  writeFileSync(`${base}.json`, JSON.stringify(report, null, 2) + '\n');
  writeFileSync(`${base}.md`, markdownTable(report));
  return [`${base}.json`, `${base}.md`];
}

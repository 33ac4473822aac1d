import type { SubgraphName } from './subgraphs';

/**
 * V8's old-space limit per process, MB. Without it V8 lets garbage pile up to well past the
 * memory targets after large answers (gateway ~400 MB, inquiries ~530 MB on dependency chains)
 * before a full collection; with it the gateway stays near 250 MB and the subgraphs near 200 MB,
 * at some extra GC time on the largest answers only (bench/README.md, "Levers"). The inquiries
 * subgraph builds the largest answers (thousands of dependency steps per page): it gets more room,
 * as a heap limit that is too tight ends the process; no more than two of those pages are computed
 * at once (dependency-loaders.ts), which keeps 192 MB enough.
 */
export const HEAP_LIMIT_MB: Record<'gateway' | SubgraphName, number> = { gateway: 192, catalogue: 160, inquiries: 192, projects: 160 };

/** The node flags a process is started with wherever it runs alone (deploy/k8s, the benchmark). */
export const nodeFlags = (process: keyof typeof HEAP_LIMIT_MB): string[] => [`--max-old-space-size=${HEAP_LIMIT_MB[process]}`];

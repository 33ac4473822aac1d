import { CONFIG_VARIABLES } from '../../lib/config';
import { nodeFlags } from '../../lib/heap';

/** Each process the deployments run: its port setting and default, and its built entry point. */
export const PROCESSES = {
  gateway: { port: 4000, portSetting: 'GATEWAY_PORT', script: 'dist/gateway/index.js' },
  catalogue: { port: 4001, portSetting: 'CATALOGUE_PORT', script: 'dist/subgraphs/catalogue/index.js' },
  inquiries: { port: 4002, portSetting: 'INQUIRIES_PORT', script: 'dist/subgraphs/inquiries/index.js' },
  projects: { port: 4003, portSetting: 'PROJECTS_PORT', script: 'dist/subgraphs/projects/index.js' },
} as const;
export type ProcessName = keyof typeof PROCESSES;
export const PROCESS_NAMES = Object.keys(PROCESSES) as ProcessName[];
export const SUBGRAPH_NAMES = ['catalogue', 'inquiries', 'projects'] as const;

/** The command a process runs with: node, its heap flags (lib/heap.ts), its entry point. */
export const processCommand = (name: ProcessName): string[] => ['node', ...nodeFlags(name), PROCESSES[name].script];

/** Where each process serves /metrics, /health and /ready: INTERNAL_PORT's default. */
export const INTERNAL_PORT = 9464;

/** The names among `names` that the configuration does not read. */
export function unknownSettings(names: string[]): string[] {
  return [...new Set(names)].filter((name) => !CONFIG_VARIABLES.includes(name));
}


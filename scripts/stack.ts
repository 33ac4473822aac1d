import type { Config } from '../lib/config';
import type { RunningServer } from '../lib/http/server';
import { createLogger } from '../lib/logger';
import { startGateway } from '../gateway/gateway';
import { catalogue } from '../subgraphs/catalogue';
import { inquiries } from '../subgraphs/inquiries';
import { projects } from '../subgraphs/projects';
import { startSubgraph, type RunningSubgraph, type SubgraphDefinition } from '../subgraphs/common/subgraph';

export interface StackPorts {
  gateway: number;
  catalogue: number;
  inquiries: number;
  projects: number;
  /** The gateway's internal listener (/metrics, /health, /ready); each subgraph's is on the next port up. 0 or unset: free ones. */
  internal?: number;
}

export interface Stack {
  gateway: RunningServer;
  subgraphs: { catalogue: RunningSubgraph; inquiries: RunningSubgraph; projects: RunningSubgraph };
  stop(): Promise<void>;
}

export function configuredPorts(config: Config): StackPorts {
  return { gateway: config.GATEWAY_PORT, catalogue: config.CATALOGUE_PORT, inquiries: config.INQUIRIES_PORT, projects: config.PROJECTS_PORT, internal: config.INTERNAL_PORT };
}

/** The three subgraphs and the gateway in this process, each on its own port (0: any free one). */
export async function startStack(config: Config, databaseUrl: string, ports: StackPorts): Promise<Stack> {
  const internalPort = (offset: number) => (ports.internal ? ports.internal + offset : 0);
  const options = (name: string, port: number, offset: number) => ({ config, databaseUrl, port, internalPort: internalPort(offset), logger: createLogger(name, config.LOG_LEVEL, config.LOG_FORMAT) });
  const started: RunningServer[] = [];
  try {
    const start = async <Loaders>(definition: SubgraphDefinition<Loaders>, port: number, offset: number, peerUrls = {}) => {
      const subgraph = await startSubgraph(definition, { ...options(definition.name, port, offset), peerUrls });
      started.push(subgraph);
      return subgraph;
    };
    const catalogueSubgraph = await start(catalogue, ports.catalogue, 1);
    const subgraphs = {
      catalogue: catalogueSubgraph,
      // It follows the catalogue's change feed: it finds the catalogue where it listens.
      inquiries: await start(inquiries, ports.inquiries, 2, { catalogue: catalogueSubgraph.url }),
      projects: await start(projects, ports.projects, 3),
    };
    const gateway = await startGateway({
      config,
      port: ports.gateway,
      internalPort: internalPort(0),
      urls: { catalogue: subgraphs.catalogue.url, inquiries: subgraphs.inquiries.url, projects: subgraphs.projects.url },
      logger: createLogger('gateway', config.LOG_LEVEL, config.LOG_FORMAT),
    });
    started.unshift(gateway);
    return { gateway, subgraphs, stop: () => stopAll(started) };
  } catch (error) {
    await stopAll(started);
    throw error;
  }
}

async function stopAll(servers: RunningServer[]): Promise<void> {
  for (const server of servers) await server.stop();
}

import type { RunningServer } from '../../lib/http/server';
import { startGateway } from '../../gateway/gateway';
import { testConfig, type TestStack } from './stack';

/** Another gateway over a test stack's subgraphs, with its own settings (production mode, safelist…). */
export function startExtraGateway(stack: TestStack, env: Record<string, string>): Promise<RunningServer> {
  const config = testConfig(env);
  const urls = { catalogue: stack.subgraphs.catalogue.url, inquiries: stack.subgraphs.inquiries.url, projects: stack.subgraphs.projects.url };
  return startGateway({ config, port: 0, urls });
}

/** The origin (scheme, host, port) of a server's /graphql URL, for /health and /ready. */
export function originOf(url: string): string {
  return new URL(url).origin;
}

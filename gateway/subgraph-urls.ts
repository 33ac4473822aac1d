import { Kind, parse, type ConstArgumentNode } from 'graphql';
import type { Config } from '../lib/config';
import { SUBGRAPHS } from '../lib/subgraphs';

/** The subgraphs a supergraph names and the URL it gives each (its `join__Graph` enum's `@join__graph(name, url)`). */
export function supergraphSubgraphs(supergraphSdl: string): Map<string, string> {
  const subgraphs = new Map<string, string>();
  for (const definition of parse(supergraphSdl, { noLocation: true }).definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const graph = value.directives?.find((directive) => directive.name.value === 'join__graph');
      const name = stringArgument(graph?.arguments, 'name');
      if (name !== undefined) subgraphs.set(name, stringArgument(graph?.arguments, 'url') ?? '');
    }
  }
  return subgraphs;
}

function stringArgument(argumentNodes: readonly ConstArgumentNode[] | undefined, name: string): string | undefined {
  const value = argumentNodes?.find((argument) => argument.name.value === name)?.value;
  return value?.kind === Kind.STRING ? value.value : undefined;
}

/** The subgraph URLs configuration sets: SUBGRAPH_URLS for any name, and <NAME>_URL for each of ours (lib/subgraphs.ts). */
export function configuredUrls(config: Config): Record<string, string> {
  const urls = { ...config.SUBGRAPH_URLS };
  for (const { name } of SUBGRAPHS) {
    const setting = `${name.toUpperCase() as Uppercase<typeof name>}_URL` as const;
    const url = config[setting];
    if (url === undefined) continue;
    if (urls[name] !== undefined && urls[name] !== url) throw new Error(`${setting} and SUBGRAPH_URLS give the ${name} subgraph two URLs`);
    urls[name] = url;
  }
  return urls;
}

/**
 * Where the gateway fetches each subgraph of the supergraph: `overrides` by name, else the URL the
 * supergraph gives it. An override for a name the supergraph lacks is refused (a misspelt name would
 * otherwise leave the subgraph at its default silently), and so is a subgraph with no URL at all.
 */
export function subgraphUrls(supergraph: Map<string, string>, overrides: Record<string, string>): Record<string, string> {
  const unknown = Object.keys(overrides).filter((name) => !supergraph.has(name));
  if (unknown.length > 0) throw new Error(`subgraph URLs are set for ${unknown.join(', ')}, which the supergraph does not name (it names ${[...supergraph.keys()].join(', ')})`);
  const urls: Record<string, string> = {};
  for (const [name, url] of supergraph) {
    urls[name] = overrides[name] ?? url;
    if (!urls[name]) throw new Error(`the supergraph gives the ${name} subgraph no URL, and none is configured`);
  }
  return urls;
}

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import type { RunningServer } from '../../lib/http/server';
import { SCHEMA_DIR } from '../../lib/paths';
import { localUrl, SUBGRAPHS, subgraphSdl } from '../../lib/subgraphs';
import { startGateway } from '../../gateway/gateway';
import { configuredUrls, subgraphUrls, supergraphSubgraphs } from '../../gateway/subgraph-urls';
import { post, startTestStack, testConfig, type TestStack } from '../support/stack';

/** A fourth subgraph, written by no one in this repository: it rates services, extending the catalogue's Service by its key. */
const REVIEWS_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Service @key(fields: "id") {
    id: ID!
    "Stars out of five, from the reviews subgraph."
    stars: Int!
  }
  type Query {
    "The services with the best reviews, best first."
    bestReviewed(first: Int!): [Service!]!
  }
`;

/** The supergraph of our three subgraphs and the reviews subgraph, composed as `npm run compose` does, into a file of its own. */
function composeWithReviews(reviewsUrl: string): string {
  const result = composeServices([
    ...SUBGRAPHS.map(({ name, port }) => ({ name, url: localUrl(port), typeDefs: parse(subgraphSdl(name)) })),
    { name: 'reviews', url: reviewsUrl, typeDefs: parse(REVIEWS_SDL) },
  ]);
  if (result.errors) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return result.supergraphSdl;
}

describe('a supergraph with a fourth subgraph, served by the real gateway with no gateway code for it', () => {
  let stack: TestStack;
  let reviews: ApolloServer;
  let reviewsUrl: string;
  let folder: string;
  let supergraphPath: string;
  /** Ids of services the reviews subgraph rates, and the stars it gives each. */
  let stars: Map<string, number>;
  const fetched: string[] = [];

  beforeAll(async () => {
    stack = await startTestStack();
    const { services } = await stack.ok(`{ services(first: 3) { edges { node { id } } } }`);
    stars = new Map(services.edges.map((edge: { node: { id: string } }, index: number) => [edge.node.id, 5 - index]));
    reviews = new ApolloServer({
      plugins: [ApolloServerPluginInlineTraceDisabled()],
      schema: buildSubgraphSchema({
        typeDefs: parse(REVIEWS_SDL),
        resolvers: {
          Query: { bestReviewed: (_: unknown, { first }: { first: number }) => [...stars.keys()].slice(0, first).map((id) => ({ id })) },
          Service: {
            __resolveReference: ({ id }: { id: string }) => {
              fetched.push(id);
              return stars.has(id) ? { id } : null;
            },
            stars: ({ id }: { id: string }) => stars.get(id),
          },
        },
      }),
    });
    ({ url: reviewsUrl } = await startStandaloneServer(reviews, { listen: { port: 0, host: '127.0.0.1' } }));
    folder = mkdtempSync(join(tmpdir(), 'panjare-supergraph-'));
    supergraphPath = join(folder, 'supergraph.graphql');
  });
  afterAll(async () => {
    await reviews?.stop();
    await stack?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  /** A gateway over the test stack's three subgraphs and this supergraph; the reviews subgraph where the supergraph or `env` puts it. */
  async function gatewayOver(supergraphSdl: string, env: Record<string, string> = {}): Promise<RunningServer> {
    writeFileSync(supergraphPath, supergraphSdl);
    const urls = { catalogue: stack.subgraphs.catalogue.url, inquiries: stack.subgraphs.inquiries.url, projects: stack.subgraphs.projects.url };
    return startGateway({ config: testConfig({ SUPERGRAPH_PATH: supergraphPath, ...env }), port: 0, urls });
  }

  const ACROSS = `{
    bestReviewed(first: 3) { id stars name { fa } inquiryCount }
    services(first: 2) { edges { node { id code stars } } }
  }`;

  it('queries across it both ways: its root field joined to the catalogue and inquiries, and the catalogue’s services joined to its stars', async () => {
    const gateway = await gatewayOver(composeWithReviews(reviewsUrl));
    try {
      const response = await post(gateway.url, ACROSS);
      expect(response.errors).toBeUndefined();
      const best = response.data.bestReviewed as { id: string; stars: number; name: { fa: string }; inquiryCount: number }[];
      expect(best.map((service) => [service.id, service.stars])).toEqual([...stars.entries()]);
      for (const service of best) {
        expect(service.name.fa).toMatch(/[\u0600-\u06ff]/);
        expect(service.inquiryCount).toBeGreaterThanOrEqual(0);
      }
      expect(response.data.services.edges.map((edge: { node: { id: string; stars: number } }) => edge.node.stars)).toEqual([...stars.values()].slice(0, 2));
      // The stars of the catalogue's page came from one `_entities` fetch of the reviews subgraph.
      expect(fetched.length).toBeGreaterThanOrEqual(2);
    } finally {
      await gateway.stop();
    }
  });

  it('takes the fourth subgraph’s URL from SUBGRAPH_URLS over the supergraph’s', async () => {
    const gateway = await gatewayOver(composeWithReviews('http://127.0.0.1:9/graphql'), { SUBGRAPH_URLS: `reviews=${reviewsUrl}` });
    try {
      const response = await post(gateway.url, '{ bestReviewed(first: 1) { stars name { fa } } }');
      expect(response.errors).toBeUndefined();
      expect(response.data.bestReviewed).toEqual([{ stars: 5, name: { fa: expect.any(String) } }]);
    } finally {
      await gateway.stop();
    }
  });

  it('refuses to start with a URL set for a subgraph the supergraph does not name', async () => {
    await expect(gatewayOver(composeWithReviews(reviewsUrl), { SUBGRAPH_URLS: `reveiws=${reviewsUrl}` })).rejects.toThrow(/reveiws.*does not name.*reviews/);
  });
});

describe('subgraph URLs', () => {
  const supergraph = new Map([
    ['catalogue', 'http://localhost:4001/graphql'],
    ['reviews', 'http://localhost:4004/graphql'],
  ]);

  it('come from the supergraph, each overridable by name', () => {
    expect(subgraphUrls(supergraph, {})).toEqual(Object.fromEntries(supergraph));
    expect(subgraphUrls(supergraph, { reviews: 'http://reviews/graphql' })).toEqual({ catalogue: 'http://localhost:4001/graphql', reviews: 'http://reviews/graphql' });
    expect(() => subgraphUrls(new Map([['reviews', '']]), {})).toThrow(/no URL/);
  });

  it('the committed supergraph names our three subgraphs at the local URLs of lib/subgraphs.ts', () => {
    const committed = supergraphSubgraphs(readFileSync(join(SCHEMA_DIR, 'supergraph.graphql'), 'utf8'));
    expect(Object.fromEntries(committed)).toEqual(Object.fromEntries(SUBGRAPHS.map(({ name, port }) => [name, localUrl(port)])));
  });

  it('the configuration gives <NAME>_URL for our subgraphs and SUBGRAPH_URLS for any, refusing two URLs for one subgraph', () => {
    expect(configuredUrls(testConfig({ PROJECTS_URL: 'http://projects:4003/graphql', SUBGRAPH_URLS: 'reviews=http://reviews/graphql' }))).toEqual({
      projects: 'http://projects:4003/graphql',
      reviews: 'http://reviews/graphql',
    });
    expect(() => configuredUrls(testConfig({ PROJECTS_URL: 'http://a/graphql', SUBGRAPH_URLS: 'projects=http://b/graphql' }))).toThrow(/PROJECTS_URL and SUBGRAPH_URLS/);
  });
});

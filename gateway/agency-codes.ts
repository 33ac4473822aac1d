import { GraphQLError } from 'graphql';
import { unauthenticated } from '../lib/auth/errors';

/**
 * A token's `agency` claim is an agency id or code; the projects subgraph knows only ids.
 * Codes are resolved here, once per code and cache period, by asking the catalogue subgraph
 * (the owner of agencies) with the gateway's own signature.
 */
export type AgencyResolver = (claim: string | number) => Promise<number>;

const LOOKUP = `query AgencyByCode($code: String!) {
  agencies(first: 100, filter: { search: $code }) { edges { node { id code } } }
}`;

/** The headers that sign one request to the catalogue. */
export type CatalogueSigner = (request: { method: string; url: string; body: string }) => Record<string, string>;

export function createAgencyResolver(catalogueUrl: string | undefined, signedHeaders: CatalogueSigner, cacheMs = 10 * 60_000): AgencyResolver {
  const cache = new Map<string, { id: number; until: number }>();

  const lookUp = async (code: string): Promise<number | null> => {
    let body: { data?: { agencies?: { edges: { node: { id: string; code: string } }[] } } };
    try {
      if (catalogueUrl === undefined) throw new Error('the supergraph has no catalogue subgraph');
      const payload = JSON.stringify({ query: LOOKUP, variables: { code } });
      const response = await fetch(catalogueUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...signedHeaders({ method: 'POST', url: catalogueUrl, body: payload }) },
        body: payload,
        signal: AbortSignal.timeout(5_000),
      });
      if (!response.ok) throw new Error(`catalogue answered HTTP ${response.status}`);
      body = (await response.json()) as typeof body;
      if (!body.data?.agencies) throw new Error('catalogue answered without data');
    } catch (error) {
      throw new GraphQLError('Cannot resolve the bearer token\'s agency code now: the catalogue subgraph is unavailable', {
        originalError: error instanceof Error ? error : undefined,
        extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: 'catalogue', http: { status: 503 } },
      });
    }
    const agency = body.data.agencies.edges.find(({ node }) => node.code.toUpperCase() === code.toUpperCase());
    return agency ? Number(agency.node.id) : null;
  };

  return async (claim) => {
    const text = String(claim).trim();
    if (/^[0-9]{1,9}$/.test(text) && Number(text) > 0) return Number(text);
    if (text === '' || text.length > 50 || typeof claim === 'number') {
      throw unauthenticated('The bearer token\'s "agency" claim must be an agency id or code', 401);
    }
    const cached = cache.get(text);
    if (cached && cached.until > Date.now()) return cached.id;
    const id = await lookUp(text);
    if (id === null) throw unauthenticated(`The bearer token's agency "${text}" is not an agency of the catalogue`, 401);
    cache.set(text, { id, until: Date.now() + cacheMs });
    return id;
  };
}

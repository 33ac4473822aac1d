import type { Express, Request, Response } from 'express';
import { requestIdOf } from '../lib/http/request-id';
import { toGraphML, type NetworkAgency, type NetworkEdge } from './graphml';

/**
 * The download's operation, sent to this gateway's own /graphql, so it passes the same limits,
 * caches and safelist as any client's (safelist/operations holds the same text).
 */
export const AGENCY_NETWORK_DOWNLOAD = `query AgencyNetworkDownload($minLinks: Int) {
  agencyNetwork(minLinks: $minLinks) {
    agencies { id code name { fa en } }
    edges { consumer { id } provider { id } links paperLinks services }
  }
}`;

interface NetworkAnswer {
  data?: { agencyNetwork: { agencies: NetworkAgency[]; edges: NetworkEdge[] } | null } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * GET /downloads/agency-network.graphml[?minLinks=N]: the whole agency network as one GraphML file. `host` is the
 * address the gateway listens on: a wildcard is reached through the loopback, which no network policy filters.
 */
export function downloadRoutes(app: Express, host: string): void {
  const wildcard = host === '0.0.0.0' || host === '::';
  app.get('/downloads/agency-network.graphml', async (request: Request, response: Response) => {
    const requestId = requestIdOf(response);
    const given = request.query.minLinks;
    const minLinks = given === undefined ? 1 : typeof given === 'string' && /^\d{1,9}$/.test(given) ? Number(given) : null;
    if (minLinks === null) {
      response.status(400).json({ error: '`minLinks` must be a whole number, 0 or more', code: 'BAD_USER_INPUT', requestId });
      return;
    }
    try {
      const answer = await ownGraphQL(request, wildcard, requestId, { minLinks });
      const network = answer.data?.agencyNetwork;
      if (!network || answer.errors?.length) {
        const code = answer.errors?.[0]?.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
        response.status(502).json({ error: 'the agency network could not be read', code, requestId });
        return;
      }
      response
        .status(200)
        .type('application/graphml+xml; charset=utf-8')
        .setHeader('Content-Disposition', 'attachment; filename="agency-network.graphml"')
        .send(toGraphML(network.agencies, network.edges));
    } catch {
      response.status(502).json({ error: 'the agency network could not be read', code: 'SUBGRAPH_UNAVAILABLE', requestId });
    }
  });
}

/** POSTs the download's operation to the gateway serving this request: on the loopback, or the address it came in on. */
async function ownGraphQL(request: Request, wildcard: boolean, requestId: string, variables: Record<string, unknown>): Promise<NetworkAnswer> {
  const raw = wildcard ? '127.0.0.1' : (request.socket.localAddress ?? '127.0.0.1');
  const ip = raw.startsWith('::ffff:') ? raw.slice('::ffff:'.length) : raw;
  const host = ip.includes(':') ? `[${ip}]` : ip;
  const answer = await fetch(`http://${host}:${request.socket.localPort}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': requestId },
    body: JSON.stringify({ query: AGENCY_NETWORK_DOWNLOAD, operationName: 'AgencyNetworkDownload', variables }),
  });
  return (await answer.json()) as NetworkAnswer;
}

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Identity } from '../../lib/auth/identity';
import type { GatewayContext } from '../../gateway/context';
import { cacheHintOf } from '../../gateway/subgraph-fetch/cache-hint';
import { subgraphRequest, type SubgraphAnswer, type SubgraphRequest } from '../../gateway/subgraph-fetch/types';

export const ENTITIES_QUERY = 'query Q__catalogue__1($representations:[_Any!]!){_entities(representations:$representations){...on Agency{name}}}';

export function contextOf(fields: Partial<GatewayContext> = {}): GatewayContext {
  return { identity: null, idempotencyKey: null, clientAddress: null, ...fields };
}

/** A fetch as the gateway's data source makes it. */
export function requestOf(fields: { query?: string; variables?: Record<string, unknown>; context?: GatewayContext; url?: string; subgraph?: string; identity?: Identity | null }): SubgraphRequest {
  const context = fields.context ?? contextOf({ identity: fields.identity ?? null });
  return subgraphRequest({
    subgraph: fields.subgraph ?? 'catalogue',
    url: fields.url ?? 'http://127.0.0.1:1/graphql',
    query: fields.query ?? ENTITIES_QUERY,
    variables: fields.variables ?? {},
    headers: { 'content-type': 'application/json' },
    context,
    signal: context.signal,
  });
}

export const agency = (id: string) => ({ __typename: 'Agency', id });

/** An `_entities` read of these agency ids. */
export function entitiesOf(ids: string[], fields: Parameters<typeof requestOf>[0] = {}): SubgraphRequest {
  return requestOf({ ...fields, variables: { ...fields.variables, representations: ids.map(agency) } });
}

/** A subgraph stand-in that names each agency it is sent (failing on `failing`), with this Cache-Control header, and records what it was sent. */
export function scriptedSubgraph(cacheControl: string | null = null, failing: string[] = []) {
  const sent: string[][] = [];
  const fetch = async (request: SubgraphRequest): Promise<SubgraphAnswer> => {
    const ids = (request.variables.representations as { id: string }[]).map((representation) => representation.id);
    sent.push(ids);
    const errors = ids.flatMap((id, index) => (failing.includes(id) ? [{ message: `no ${id}`, path: ['_entities', index, 'name'] }] : []));
    return {
      data: { _entities: ids.map((id) => (failing.includes(id) ? null : { name: `agency ${id}` })) },
      ...(errors.length ? { errors } : {}),
      cacheHint: cacheHintOf(cacheControl),
    };
  };
  return { sent, fetch };
}

export interface HeldServer {
  url: string;
  /** Bodies and headers received, in order. */
  received: { body: string; headers: http.IncomingHttpHeaders }[];
  /** Requests whose connection closed before they were answered. */
  cutOff: number;
  /** Answers every request held so far. */
  release(): void;
  whenReceived(count: number): Promise<void>;
  stop(): Promise<void>;
}

/** An HTTP subgraph whose answers wait until the test releases them (or `answer` says to answer at once), so "in flight" is certain. */
export async function heldServer(answer: (body: string, count: number) => { status?: number; body: string; hold?: boolean } = (_, count) => ({ body: JSON.stringify({ data: { n: count } }), hold: true })): Promise<HeldServer> {
  let held: (() => void)[] = [];
  const state = { received: [] as HeldServer['received'], cutOff: 0 };
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      state.received.push({ body, headers: request.headers });
      const reply = answer(body, state.received.length);
      const send = () => {
        if (response.destroyed) return;
        response.writeHead(reply.status ?? 200, { 'content-type': 'application/json' });
        response.end(reply.body);
      };
      response.on('close', () => {
        if (!response.writableFinished) state.cutOff += 1;
      });
      if (reply.hold) held.push(send);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    get received() {
      return state.received;
    },
    get cutOff() {
      return state.cutOff;
    },
    release: () => {
      const answers = held;
      held = [];
      for (const send of answers) send();
    },
    whenReceived: async (count) => {
      while (state.received.length < count) await new Promise((resolve) => setTimeout(resolve, 5));
    },
    stop: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

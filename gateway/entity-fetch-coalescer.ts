import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayContext } from './context';
import type { SubgraphAnswer } from './entity-cache';
import { entitiesRead, selectionOf } from './subgraph-selection';

type FetchOptions = GraphQLDataSourceProcessOptions<GatewayContext>;
type GraphQLErrorShape = NonNullable<SubgraphAnswer['errors']>[number];

interface Member {
  representations: unknown[];
  resolve: (answer: SubgraphAnswer) => void;
  reject: (error: unknown) => void;
}

interface Batch {
  first: FetchOptions;
  otherVariables: Record<string, unknown>;
  members: Member[];
}

/**
 * Within one client request, `_entities` reads of one subgraph with the same selection, started
 * together, go as one fetch with each representation once. Apollo's query planner fetches the same
 * entities at two paths separately, in parallel (analyst-service-inquiries: each inquiry's provider
 * and the service's provider agencies, both Agency names from the catalogue); a subgraph resolves
 * each representation on its own, so one fetch of both lists answers both, in one round trip and one
 * SQL statement. "Together" is DataLoader's tick: the reads asked before the promise jobs run out.
 * Only reads of the same request share a fetch: the same caller, the same cache generation.
 */
export class EntityFetchCoalescer {
  private readonly pending = new WeakMap<object, Map<string, Batch>>();

  constructor(private readonly run: (options: FetchOptions) => Promise<SubgraphAnswer>) {}

  /** Sends `options` now, or with the other reads of its request and selection started in the same tick. */
  fetch(options: FetchOptions): Promise<SubgraphAnswer> {
    const read = entitiesRead(options.request);
    const context = options.context as object | undefined;
    if (!context || !read) return this.run(options);
    const { representations, otherVariables } = read;
    let batches = this.pending.get(context);
    if (!batches) this.pending.set(context, (batches = new Map()));
    // Object key order is the gateway's own, the same for every fetch it builds from one plan node shape.
    const key = `${selectionOf(read.query)}\n${JSON.stringify(otherVariables)}`;
    let batch = batches.get(key);
    if (!batch) {
      const started: Batch = { first: options, otherVariables, members: [] };
      batches.set(key, (batch = started));
      void Promise.resolve().then(() =>
        process.nextTick(() => {
          batches.delete(key);
          this.send(started);
        }),
      );
    }
    const members = batch.members;
    return new Promise((resolve, reject) => members.push({ representations, resolve, reject }));
  }

  private send({ first, otherVariables, members }: Batch): void {
    if (members.length === 1) {
      this.run(first).then(members[0]!.resolve, members[0]!.reject);
      return;
    }
    const positions = new Map<string, number>();
    const merged: unknown[] = [];
    // For each member, the position in `merged` of each of its representations.
    const placed = members.map((member) =>
      member.representations.map((representation) => {
        const text = JSON.stringify(representation);
        let position = positions.get(text);
        if (position === undefined) {
          position = merged.push(representation) - 1;
          positions.set(text, position);
        }
        return position;
      }),
    );
    const request = { ...first.request, variables: { ...otherVariables, representations: merged } };
    this.run({ ...first, request }).then(
      (answer) => members.forEach((member, index) => member.resolve(share(answer, placed[index]!))),
      (error) => members.forEach((member) => member.reject(error)),
    );
  }
}

/** One member's part of a merged answer: its entities in its own order, and the errors about them (or about the whole fetch). */
export function share(answer: SubgraphAnswer, positions: number[]): SubgraphAnswer {
  const entities = answer.data?._entities;
  const errors = answer.errors?.flatMap((error): GraphQLErrorShape[] => {
    const path = error.path;
    if (path?.[0] !== '_entities' || typeof path[1] !== 'number') return [error];
    const at = path[1];
    return positions.flatMap((position, index) => (position === at ? [{ ...error, path: ['_entities', index, ...path.slice(2)] }] : []));
  });
  const { errors: _all, ...rest } = answer;
  return {
    ...rest,
    data: Array.isArray(entities) ? { ...answer.data, _entities: positions.map((position) => entities[position]) } : answer.data,
    ...(errors?.length ? { errors } : {}),
  };
}

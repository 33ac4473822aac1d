import { entitiesAnswer, entitiesRead, entitiesRequest, type EntitiesRead } from './entities';
import type { Fetch, Stage, SubgraphAnswer, SubgraphRequest } from './types';

interface Member {
  representations: unknown[];
  resolve: (answer: SubgraphAnswer) => void;
  reject: (error: unknown) => void;
}

interface Batch {
  first: SubgraphRequest;
  read: EntitiesRead;
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
export function coalesce(): Stage {
  return (next) => {
    const pending = new WeakMap<object, Map<string, Batch>>();
    return (request) => {
      const read = entitiesRead(request);
      if (!read) return next(request);
      let batches = pending.get(request.context);
      if (!batches) pending.set(request.context, (batches = new Map()));
      let batch = batches.get(read.scope);
      if (!batch) {
        const started: Batch = { first: request, read, members: [] };
        const open = batches;
        open.set(read.scope, (batch = started));
        void Promise.resolve().then(() =>
          process.nextTick(() => {
            open.delete(read.scope);
            fetchBatch(next, started);
          }),
        );
      }
      const members = batch.members;
      return new Promise<SubgraphAnswer>((resolve, reject) => members.push({ representations: read.representations, resolve, reject }));
    };
  };
}

function fetchBatch(next: Fetch, { first, read, members }: Batch): void {
  if (members.length === 1) {
    next(first).then(members[0]!.resolve, members[0]!.reject);
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
  next(entitiesRequest(first, read, merged)).then(
    (answer) => members.forEach((member, index) => member.resolve(entitiesAnswer(answer, placed[index]!))),
    (error) => members.forEach((member) => member.reject(error)),
  );
}

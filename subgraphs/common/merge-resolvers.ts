import type { Resolvers } from './subgraph';

/** Joins resolver maps written in separate files, type by type (a later map's field wins). */
export function mergeResolvers<Loaders>(...maps: Resolvers<Loaders>[]): Resolvers<Loaders> {
  const merged: Resolvers<Loaders> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) merged[type] = { ...(merged[type] as object), ...(fields as object) } as Resolvers<Loaders>[string];
  }
  return merged;
}

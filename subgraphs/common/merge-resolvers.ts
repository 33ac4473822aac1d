import type { ResolverMap } from './subgraph';

/** Joins resolver maps written in separate files, type by type (a later map's field wins). */
export function mergeResolvers<Map extends ResolverMap>(...maps: Map[]): Map {
  const merged: ResolverMap = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) merged[type] = { ...merged[type], ...fields };
  }
  return merged as Map;
}

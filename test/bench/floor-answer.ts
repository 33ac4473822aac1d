import type { Client } from 'pg';
import { FLOOR_QUERIES } from '../../bench/floor/queries';

/** The floor's answer to one operation, parsed, as the benchmark's floor server would send it under `data`. */
export async function floorAnswer(client: Client, name: string, variables: Record<string, unknown>): Promise<unknown> {
  const floor = FLOOR_QUERIES[name];
  if (!floor) throw new Error(`no floor query for ${name}`);
  const { rows } = await client.query<{ body: string }>(floor.text, floor.values(variables));
  return JSON.parse(rows[0]!.body);
}

/** Cursors are the API's own; the floor has none. */
export const withoutCursors = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (key, inner) => (key === 'endCursor' || key === 'cursor' ? undefined : inner)));

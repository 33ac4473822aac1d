import type { QueryRunner } from 'typeorm';

const CHUNK = 20_000;

/**
 * Inserts many rows with one statement per chunk: each column travels as one array
 * parameter and `unnest` turns the arrays back into rows.
 */
export async function bulkInsert<Row>(
  runner: QueryRunner,
  table: string,
  columns: [column: string, pgType: string, value: (row: Row) => unknown][],
  rows: Row[],
): Promise<void> {
  const names = columns.map(([column]) => column).join(', ');
  const arrays = columns.map(([, pgType], index) => `$${index + 1}::${pgType}[]`).join(', ');
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const params = columns.map(([, , value]) => chunk.map(value));
    await runner.query(`INSERT INTO ${table} (${names}) SELECT * FROM unnest(${arrays})`, params);
  }
}

export interface SeedMark {
  scale: number;
  fingerprint: string;
}

/** What seed, if any, a subgraph's schema holds (its seed_info row). */
export async function readSeedMark(runner: QueryRunner, schema: string): Promise<SeedMark | null> {
  const [row] = await runner.query(`SELECT scale, fingerprint FROM "${schema}".seed_info`);
  return row ?? null;
}

export async function writeSeedMark(runner: QueryRunner, schema: string, mark: SeedMark): Promise<void> {
  await runner.query(
    `INSERT INTO "${schema}".seed_info (id, scale, fingerprint, loaded_at) VALUES (1, $1, $2, now())
     ON CONFLICT (id) DO UPDATE SET scale = excluded.scale, fingerprint = excluded.fingerprint, loaded_at = now()`,
    [mark.scale, mark.fingerprint],
  );
}

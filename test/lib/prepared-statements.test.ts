import type { DataSource } from 'typeorm';
import { createDataSource } from '../../lib/database/data-source';
import { statementName } from '../../lib/database/prepared-statements';
import { testDatabaseUrl } from '../support/stack';

/** One connection, so that every statement and pg_prepared_statements see the same session. */
async function withDataSource(preparedStatements: boolean | undefined, run: (db: DataSource) => Promise<void>): Promise<void> {
  const db = createDataSource({ url: testDatabaseUrl(), schema: 'public', entities: [], migrations: [], poolSize: 1, applicationName: 'panjare-test', preparedStatements });
  await db.initialize();
  try {
    await run(db);
  } finally {
    await db.destroy();
  }
}

const prepared = (db: DataSource): Promise<{ name: string; statement: string; generic: number; custom: number }[]> =>
  db.query('SELECT name, statement, generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements ORDER BY name');

describe('prepared statements', () => {
  const lookup = 'SELECT relname FROM pg_class WHERE oid = $1::oid';

  it('sends a statement with parameters under its text hash, parsed once per connection; PostgreSQL then keeps a generic plan', async () => {
    await withDataSource(undefined, async (db) => {
      for (let run = 0; run < 8; run += 1) expect(await db.query(lookup, [1259])).toEqual([{ relname: 'pg_class' }]);
      await db.query('SELECT 1');
      const [statement, ...others] = await prepared(db);
      expect(others).toEqual([]); // a statement without parameters goes unnamed
      expect(statement).toMatchObject({ name: statementName(lookup), statement: lookup });
      expect(statement!.generic + statement!.custom).toBe(8);
      expect(statement!.generic).toBeGreaterThan(0);
    });
  });

  it('stays usable after a failed statement and a rolled-back transaction on its connection', async () => {
    await withDataSource(undefined, async (db) => {
      const divide = 'SELECT 10 / $1::int AS n';
      await expect(db.query(divide, [0])).rejects.toMatchObject({ driverError: { code: '22012' } });
      await expect(
        db.transaction(async (tx) => {
          expect(await tx.query(divide, [5])).toEqual([{ n: 2 }]);
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      expect(await db.query(divide, [2])).toEqual([{ n: 5 }]);
      expect((await prepared(db)).map(({ name }) => name)).toEqual([statementName(divide)]);
    });
  });

  it('sends a statement matching a pattern parameter unnamed: its best plan depends on the pattern', async () => {
    await withDataSource(undefined, async (db) => {
      const search = "SELECT relname FROM pg_class WHERE relname LIKE $1 AND relkind = 'r' ORDER BY relname LIMIT 1";
      expect(await db.query(search, ['pg_clas%'])).toEqual([{ relname: 'pg_class' }]);
      expect(await db.query(search.replace('LIKE', 'ilike'), ['PG_CLAS%'])).toEqual([{ relname: 'pg_class' }]);
      expect(await prepared(db)).toEqual([]);
      expect(statementName(search)).toBeUndefined();
    });
  });

  it('can be turned off (DATABASE_PREPARED_STATEMENTS=false): every statement goes unnamed', async () => {
    await withDataSource(false, async (db) => {
      expect(await db.query(lookup, [1259])).toEqual([{ relname: 'pg_class' }]);
      expect(await prepared(db)).toEqual([]);
    });
  });

  it('names at most 1,000 texts in a process, so that no caller can grow every connection without bound', () => {
    const first = statementName('SELECT $1::int AS first');
    for (let index = 0; statementName(`SELECT $1::int + ${index}`) !== undefined; index += 1) expect(index).toBeLessThan(1_000);
    expect(statementName('SELECT $1::int AS first')).toBe(first);
    expect(statementName('SELECT $1::int AS past the bound')).toBeUndefined();
  });
});

import 'reflect-metadata';
import { types } from 'pg';
import { DataSource, type MixedList } from 'typeorm';
import { PreparingClient } from './prepared-statements';
import { StatementCounter } from './statement-counter';

// Calendar dates stay "YYYY-MM-DD" strings: pg would otherwise turn them into local-midnight Dates.
types.setTypeParser(types.builtins.DATE, (value) => value);

/** One advisory-lock key for every subgraph's migrations, so concurrent starts apply them one at a time. */
const MIGRATION_LOCK_KEY = 727_273;

export interface DataSourceOptions {
  url: string;
  /** The PostgreSQL schema the subgraph owns, named after it. */
  schema: string;
  entities: MixedList<Function>;
  migrations: MixedList<Function>;
  poolSize: number;
  applicationName: string;
  counter?: StatementCounter;
  /** PostgreSQL's statement_timeout on every pool connection, in ms (0: none). */
  statementTimeoutMs?: number;
  /** How long getting a connection may take before the query fails (so an outage fails fast). */
  connectTimeoutMs?: number;
  /** Statements with parameters sent as named prepared statements (see prepared-statements.ts); default on. */
  preparedStatements?: boolean;
}

export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    poolSize: options.poolSize,
    applicationName: options.applicationName,
    connectTimeoutMS: options.connectTimeoutMs ?? 2000,
    // Passed to each pg connection at start-up; a restarted server gets them again on reconnect. JIT is off because it
    // compiles for hundreds of ms when a recursive CTE's row estimate is far off; the API's statements never gain from it.
    extra: {
      options: '-c jit=off',
      statement_timeout: options.statementTimeoutMs ?? 3000,
      keepAlive: true,
      ...(options.preparedStatements === false ? {} : { Client: PreparingClient }),
    },
    logger: options.counter ?? new StatementCounter(),
  });
}

/** Creates the subgraph's schema and applies its pending migrations, holding a lock against concurrent starts. */
export async function migrate(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const schema = (dataSource.options as { schema: string }).schema;
    await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}

/** The names of the subgraph's migrations not applied to its schema yet (all of them before the first run). */
export async function pendingMigrations(dataSource: DataSource): Promise<string[]> {
  const schema = (dataSource.options as { schema: string }).schema;
  const [{ table }] = await dataSource.query('SELECT to_regclass($1) AS table', [`"${schema}".migrations`]);
  const applied = new Set<string>(table ? (await dataSource.query(`SELECT name FROM "${schema}".migrations`)).map((row: { name: string }) => row.name) : []);
  return dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name).filter((name) => !applied.has(name));
}

import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { parse } from 'graphql';
import type { DataSource, MixedList } from 'typeorm';
import { corsPolicy, introspectionEnabled, subgraphUrl, suggestionsEnabled, type Config } from '../../lib/config';
import { memoryNonces, redisNonces } from '../../lib/auth/nonces';
import { subgraphKey } from '../../lib/auth/request-signature';
import { subgraphSecret } from '../../lib/auth/secrets';
import { createDataSource, migrate, pendingMigrations } from '../../lib/database/data-source';
import { StatementCounter } from '../../lib/database/statement-counter';
import type { RequestIdentified } from '../../lib/http/request-id';
import { startGraphQLServer, type RunningServer } from '../../lib/http/server';
import { createLogger, type Logger } from '../../lib/logger';
import { Metrics } from '../../lib/metrics';
import { observeStatements } from '../../lib/database/sql-observer';
import { subgraphSdl, type SubgraphName } from '../../lib/subgraphs';
import { staticCachePolicy } from './cache-policy';
import { readCaller, signedMutationsOnly, type CallerContext, type SignatureCheck } from './caller';

export interface SubgraphContext<Loaders> extends CallerContext, Partial<RequestIdentified> {
  loaders: Loaders;
  /** Where reads go: the read replica (DATABASE_READ_URL) when one is set, else the primary. */
  db: DataSource;
  /** The primary database, for writes. */
  primary: DataSource;
  maxPageSize: number;
}

/**
 * A subgraph's resolver map, typed by the resolver types generated from its SDL
 * (subgraphs/<name>/resolver-types.ts, `npm run codegen:subgraphs`).
 */
export type ResolverMap = { [typeName: string]: object | undefined };

/** What makes one subgraph: its name (= its SDL file and PostgreSQL schema), tables, resolvers and loaders. */
export interface SubgraphDefinition<Loaders> {
  name: SubgraphName;
  entities: MixedList<Function>;
  migrations: MixedList<Function>;
  resolvers: ResolverMap;
  /** Fresh loaders for each request, so nothing is cached across callers; they count their batches in `metrics`. */
  createLoaders(db: DataSource, metrics: Metrics): Loaders;
  /** Work beside the requests (following another subgraph's feed), started once the server listens. */
  background?(context: BackgroundContext): BackgroundTask;
}

export interface BackgroundContext {
  config: Config;
  /** The primary database: background work writes. */
  db: DataSource;
  metrics: Metrics;
  logger: Logger;
  /** Where this process reaches another subgraph. */
  urlOf(name: SubgraphName): string;
}

export interface BackgroundTask {
  /** One round now, besides the scheduled ones (tests drive it so). */
  runOnce(): Promise<unknown>;
  /** Stops scheduling rounds and waits for the one running; called before the database closes. */
  stop(): Promise<void>;
}

export interface SubgraphOptions {
  config: Config;
  databaseUrl: string;
  port: number;
  /** The internal listener's port (/metrics, /health, /ready); default 0, a free one. */
  internalPort?: number;
  logger?: Logger;
  /** Where the other subgraphs are, by name, when not where the configuration says (a stack on free ports). */
  peerUrls?: Partial<Record<SubgraphName, string>>;
}

export interface RunningSubgraph extends RunningServer {
  dataSource: DataSource;
  /** The read replica's data source (the primary's when DATABASE_READ_URL is unset). */
  readDataSource: DataSource;
  metrics: Metrics;
  /** SQL statements sent so far (tests and benchmarks read the difference). */
  statements: StatementCounter;
  /** The definition's background work, running. */
  background?: BackgroundTask;
}

/** Ready when a pool connection answers `SELECT 1`. */
function databaseReachable(dataSource: DataSource) {
  return async () => {
    try {
      await dataSource.query('SELECT 1');
    } catch {
      throw new Error('the database does not answer');
    }
  };
}

/** Ready once every migration of the subgraph is applied (by the release's migration job); applied ones stay applied. */
function migrationsApplied(dataSource: DataSource) {
  let applied = false;
  return async () => {
    if (applied) return;
    const pending = await pendingMigrations(dataSource);
    if (pending.length) throw new Error(`${pending.length} migration(s) not applied yet: run dist/scripts/migrate.js`);
    applied = true;
  };
}

export async function startSubgraph<Loaders>(
  definition: SubgraphDefinition<Loaders>,
  options: SubgraphOptions,
): Promise<RunningSubgraph> {
  const { config } = options;
  const logger = options.logger ?? createLogger(definition.name, config.LOG_LEVEL);
  const { secret, strict } = subgraphSecret(config);
  const statements = new StatementCounter((message) => logger.warn({ message }, 'SQL statement failed'));
  // The primary's pool and the read replica's differ only in where they connect, their name, and who migrates.
  const pool = {
    schema: definition.name,
    entities: definition.entities,
    poolSize: config.DATABASE_POOL_SIZE,
    counter: statements,
    statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
    connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS,
    preparedStatements: config.DATABASE_PREPARED_STATEMENTS,
  };
  const dataSource = createDataSource({ ...pool, url: options.databaseUrl, migrations: definition.migrations, applicationName: `panjare-${definition.name}` });
  const metrics = new Metrics(definition.name, { capacity: config.METRICS_OPERATION_NAMES });
  // Reads use their own pool on DATABASE_READ_URL; migrations and writes stay on the primary.
  const readDataSource = config.DATABASE_READ_URL
    ? createDataSource({ ...pool, url: config.DATABASE_READ_URL, migrations: [], applicationName: `panjare-${definition.name}-read` })
    : dataSource;
  await dataSource.initialize();
  const typeDefs = parse(subgraphSdl(definition.name));
  // Only a subgraph with mutations claims nonces: the others never connect to Redis for them.
  const writes = typeDefs.definitions.some((node) => 'name' in node && node.name?.value === 'Mutation');
  const nonces = config.REDIS_URL && writes ? redisNonces(config.REDIS_URL, config.REDIS_KEY_PREFIX, logger) : memoryNonces();
  const check: SignatureCheck = { subgraph: definition.name, key: subgraphKey(secret, definition.name), strict, nonces, logger };
  try {
    if (readDataSource !== dataSource) await readDataSource.initialize();
    observeStatements(dataSource, metrics, 'primary');
    if (readDataSource !== dataSource) observeStatements(readDataSource, metrics, 'read');
    if (config.MIGRATE_ON_START) await migrate(dataSource);
    const schemaMigrated = migrationsApplied(dataSource);
    // Apollo's resolver map types __resolveReference as a field resolver, which it is not: the generated types say what it is.
    const resolvers = definition.resolvers as GraphQLResolverMap<unknown>;
    const schema = buildSubgraphSchema([{ typeDefs, resolvers }]);
    const server = await startGraphQLServer<SubgraphContext<Loaders>>({
      name: definition.name,
      host: config.HOST,
      port: options.port,
      internalPort: options.internalPort,
      logger,
      maxBody: config.SUBGRAPH_MAX_BODY,
      cors: corsPolicy(config),
      digestBodies: true,
      readiness: () => ({
        database: databaseReachable(dataSource),
        ...(readDataSource !== dataSource ? { readReplica: databaseReachable(readDataSource) } : {}),
        ...(config.MIGRATE_ON_START ? {} : { migrations: schemaMigrated }),
      }),
      metrics,
      readyTimeoutMs: config.READY_TIMEOUT_MS,
      stopGraceMs: config.SHUTDOWN_GRACE_MS,
      apollo: {
        schema,
        plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), staticCachePolicy(), signedMutationsOnly(check)],
        introspection: introspectionEnabled(config),
        hideSchemaDetailsFromClientErrors: !suggestionsEnabled(config),
      },
      context: async (request, requestId) => ({
        ...readCaller(request, requestId, check),
        loaders: definition.createLoaders(readDataSource, metrics),
        db: readDataSource,
        primary: dataSource,
        maxPageSize: config.MAX_PAGE_SIZE,
      }),
    });
    const background = definition.background?.({
      config,
      db: dataSource,
      metrics,
      logger,
      urlOf: (name) => options.peerUrls?.[name] ?? subgraphUrl(config, name),
    });
    let stopping: Promise<void> | undefined;
    return {
      ...server,
      dataSource,
      readDataSource,
      metrics,
      statements,
      background,
      stop: () =>
        (stopping ??= (async () => {
          await background?.stop();
          await server.stop();
          await nonces.stop();
          await dataSource.destroy();
          if (readDataSource !== dataSource) await readDataSource.destroy();
        })()),
    };
  } catch (error) {
    await nonces.stop();
    await dataSource.destroy();
    if (readDataSource !== dataSource && readDataSource.isInitialized) await readDataSource.destroy();
    throw error;
  }
}

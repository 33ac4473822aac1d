import { z } from 'zod';
import { isPlaceholder, secretWeakness } from './secret-strength';
import { localUrl, SUBGRAPHS, type SubgraphName } from './subgraphs';

/**
 * Every setting of every process, read from the environment once and validated. Nothing
 * else reads process.env. A bad value stops the process at start with the variable's name.
 */

const postgresUrl = z
  .string()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'must be a URL of the form postgres://user:password@host:port/database');

const port = z.coerce.number().int().min(0).max(65535);
const httpUrl = z.url({ protocol: /^https?$/ });
const size = z.string().regex(/^[0-9]+(b|kb|mb)$/, 'must be a size such as 100kb or 10mb');
const flag = z.enum(['true', 'false']).transform((value) => value === 'true');
const positive = (max: number) => z.coerce.number().int().min(1).max(max);
const subgraphUrls = z
  .string()
  .transform((text, context) => {
    const urls: Record<string, string> = {};
    for (const pair of text.split(',').map((part) => part.trim()).filter(Boolean)) {
      const match = /^([_A-Za-z][_0-9A-Za-z]*)=(.+)$/.exec(pair);
      if (!match || !httpUrl.safeParse(match[2]).success || urls[match[1]!] !== undefined) {
        context.addIssue({ code: 'custom', message: `must be name=url pairs (http or https, each name once), not "${pair}"` });
        return z.NEVER;
      }
      urls[match[1]!] = match[2]!;
    }
    return urls;
  });

type SubgraphSettingName = Uppercase<(typeof SUBGRAPHS)[number]['name']>;
type SubgraphSettings = { [Name in SubgraphSettingName as `${Name}_PORT`]: z.ZodDefault<typeof port> } & {
  [Name in SubgraphSettingName as `${Name}_URL`]: z.ZodOptional<typeof httpUrl>;
};

/**
 * Per subgraph of lib/subgraphs.ts: <NAME>_PORT, where it listens (default its port there), and
 * <NAME>_URL, where the gateway finds it (unset: the supergraph's URL for it, the same local default).
 */
function subgraphSettings(): SubgraphSettings {
  const entries = SUBGRAPHS.flatMap(({ name, port: local }) => [
    [`${name.toUpperCase()}_PORT`, port.default(local)],
    [`${name.toUpperCase()}_URL`, httpUrl.optional()],
  ]);
  return Object.fromEntries(entries) as SubgraphSettings;
}

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOST: z.string().min(1).default('0.0.0.0'),

  DATABASE_URL: postgresUrl.optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** Statements with parameters as named prepared statements; false behind PgBouncer in transaction mode before 1.21. */
  DATABASE_PREPARED_STATEMENTS: z.stringbool().default(true),
  /** Each subgraph applies its pending migrations at start; false where a release job runs scripts/migrate.ts once (compose, k8s). */
  MIGRATE_ON_START: z.stringbool().default(true),
  EMBEDDED_PG_DIR: z.string().min(1).default('.data/postgres'),
  EMBEDDED_PG_PORT: port.default(0),

  GATEWAY_PORT: port.default(4000),
  ...subgraphSettings(),
  /** Where the gateway finds any subgraph of the supergraph, by name (`name=url,…`); unset: the supergraph's own URL. */
  SUBGRAPH_URLS: subgraphUrls.optional(),
  SUPERGRAPH_PATH: z.string().min(1).default('schema/supergraph.graphql'),

  /** Subgraphs receive the gateway's `_entities` batches: thousands of representations for one page. */
  SUBGRAPH_MAX_BODY: size.default('10mb'),
  MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(10_000).default(100),
  SEED_SCALE: z.coerce.number().int().min(1).max(1000).default(1),

  /** Bearer tokens: HS256 with JWT_SECRET, or RS256/ES256 keys from JWKS_URL (lib/auth/secrets.ts derives local defaults). */
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  JWKS_URL: httpUrl.optional(),
  JWT_ISSUER: z.string().min(1).default('panjare'),
  JWT_AUDIENCE: z.string().min(1).default('panjare-api'),
  REQUIRE_AUTH_FOR_READS: z.stringbool().default(false),
  /** Signs the caller's identity from the gateway to the subgraphs; when set, subgraphs answer signed requests only. */
  SUBGRAPH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  LOCAL_SECRETS_FILE: z.string().min(1).default('.data/local-secrets.json'),

  // Operation limits at the gateway (gateway/limits.ts), checked before any subgraph is called.
  GATEWAY_MAX_BODY: size.default('100kb'),
  MAX_DEPTH: positive(1000).default(12),
  MAX_ALIASES: positive(10_000).default(30),
  MAX_TOKENS: positive(1_000_000).default(5000),
  MAX_DIRECTIVES: positive(10_000).default(20),
  MAX_COST: positive(100_000_000).default(100_000),
  /** Assumed length of a list field that takes no `first` (for the cost estimate). */
  COST_LIST_SIZE: positive(10_000).default(10),
  /** 0: a JSON array of operations is refused; n: batches of up to n operations. */
  MAX_BATCH: z.coerce.number().int().min(0).max(100).default(0),
  /** The backstop on work done: past this a request is abandoned (DEADLINE_EXCEEDED); keep it within SHUTDOWN_GRACE_MS. */
  REQUEST_DEADLINE_MS: positive(600_000).default(10_000),
  /** The largest answer the gateway sends (RESPONSE_TOO_LARGE); subgraph answers past it abandon the request early. */
  MAX_RESPONSE_SIZE: size.default('10mb'),
  /** Cost points a caller (token subject, else client address) may spend on reads per window; 0: no rate limit. */
  RATE_LIMIT_POINTS: z.coerce.number().int().min(0).max(1_000_000_000_000).default(500_000),
  /** Cost points a caller may spend on writes (mutations) per window: a budget of its own, smaller. */
  RATE_LIMIT_WRITE_POINTS: z.coerce.number().int().min(0).max(1_000_000_000_000).default(1000),
  RATE_LIMIT_WINDOW_S: positive(86_400).default(60),

  // Production hardening; unset means "on outside production, off in production".
  INTROSPECTION: flag.optional(),
  FIELD_SUGGESTIONS: flag.optional(),
  /** Comma-separated origins allowed by CORS; unset: any origin outside production, none in production. Outside production the local development servers' origins are allowed too. */
  CORS_ORIGINS: z.string().optional(),
  /** Browsers may send cookies and HTTP authentication (Access-Control-Allow-Credentials); only with CORS_ORIGINS listing origins, never `*`. */
  CORS_CREDENTIALS: flag.default(false),
  /** How long a browser may reuse a preflight's answer (Access-Control-Max-Age), in seconds; browsers cap it (Chromium at 7200). */
  CORS_MAX_AGE_S: z.coerce.number().int().min(0).max(86_400).default(7200),
  PERSISTED_QUERIES: z.enum(['apq', 'safelist', 'off']).default('apq'),
  SAFELIST_PATH: z.string().min(1).default('safelist/manifest.json'),

  // Timeouts and faults.
  SUBGRAPH_TIMEOUT_MS: positive(600_000).default(5000),
  /** Identical subgraph reads in flight at the same time share one fetch. */
  SUBGRAPH_DEDUPE: flag.default(true),
  /** One request's `_entities` reads of the same selection started together go as one fetch. */
  SUBGRAPH_COALESCE: flag.default(true),
  DATABASE_STATEMENT_TIMEOUT_MS: positive(600_000).default(3000),
  DATABASE_CONNECT_TIMEOUT_MS: positive(600_000).default(2000),
  READY_TIMEOUT_MS: positive(600_000).default(2000),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  /** How often the inquiries subgraph reads the catalogue's change feed into its copy of the service names; 0: never (nor at start). */
  CATALOGUE_FOLLOW_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(5_000),

  // Operating it: logs, tracing, shared caches, read replicas.
  /** auto: pretty lines when stdout is a terminal, JSON otherwise. */
  LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
  /** OTLP/HTTP collector base URL (spans go to <url>/v1/traces); unset: tracing off. */
  OTEL_EXPORTER_OTLP_ENDPOINT: httpUrl.optional(),
  /** Overrides each process's own service name (gateway, catalogue…) in exported spans. */
  OTEL_SERVICE_NAME: z.string().min(1).optional(),
  /** Redis shared by the gateway replicas for the APQ and response caches; unset: in-memory caches. */
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  /** Prefix of every key Panjare writes to Redis, so deployments (or test runs) can share one Redis. */
  REDIS_KEY_PREFIX: z.string().regex(/^[A-Za-z0-9:._-]{1,64}$/, 'must be 1 to 64 letters, digits, or : . _ -').default('panjare'),
  /** Whole responses cached at the gateway per the subgraphs' cache hints; any mutation invalidates them. */
  RESPONSE_CACHE: z.stringbool().default(true),
  /** The subgraphs' answers cached per entity at the gateway, per their cache hints; any mutation invalidates them. */
  ENTITY_CACHE: z.stringbool().default(true),
  /** A read replica: the subgraphs' reads go there, writes (and migrations) to DATABASE_URL. */
  DATABASE_READ_URL: postgresUrl.optional(),

  // The public surface.
  /** The internal listener of a process run alone: /metrics, /health, /ready (npm start: this and the next three). */
  INTERNAL_PORT: port.default(9464),
  /** GraphiQL at GET /graphql; unset: on outside production, off in production. */
  GRAPHIQL: flag.optional(),
  /** Express's `trust proxy` at the gateway: false (the peer is the client), true, a number of hops, or proxy addresses/subnets. */
  TRUST_PROXY: z.string().regex(/^(true|false|[0-9]{1,2}|[0-9A-Za-z.:/,\s]+)$/, 'must be true, false, a number of hops, or comma-separated addresses').default('false'),
  /** Longest lifetime (exp - iat, in seconds) of a bearer token the gateway accepts. */
  JWT_MAX_LIFETIME_S: positive(31_536_000).default(86_400),
  /** How many operation names get a series of their own in the metrics (the most frequent; others are `other`). */
  METRICS_OPERATION_NAMES: z.coerce.number().int().min(0).max(10_000).default(50),
});

/** Every variable the configuration reads (.env.example lists the same ones; a test checks it). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(schema.shape);

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the settings; `env` is a parameter so tests can pass their own. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  if (parsed.data.CORS_CREDENTIALS && (parsed.data.CORS_ORIGINS === undefined || parsed.data.CORS_ORIGINS.split(',').some((origin) => origin.trim() === '*'))) {
    throw new ConfigError('Invalid configuration:\n  CORS_CREDENTIALS: credentials need CORS_ORIGINS to list the origins allowed them (not `*`): any site could otherwise read answers with its visitors\' credentials');
  }
  if (parsed.data.NODE_ENV === 'production') {
    const weak = weakSecrets(parsed.data);
    if (weak.length > 0) throw new ConfigError(`Invalid configuration:\n${weak.map((problem) => `  ${problem}`).join('\n')}`);
  }
  return parsed.data;
}

function decoded(component: string): string {
  try {
    return decodeURIComponent(component);
  } catch {
    return component;
  }
}

/** Production refuses placeholder or guessable secrets (see lib/secret-strength.ts); database passwords only when they are known placeholders. */
function weakSecrets(config: Config): string[] {
  const problems: string[] = [];
  for (const name of ['JWT_SECRET', 'SUBGRAPH_SECRET'] as const) {
    const value = config[name];
    const problem = value === undefined ? undefined : secretWeakness(value);
    if (problem) problems.push(`${name}: ${problem}`);
  }
  for (const name of ['DATABASE_URL', 'DATABASE_READ_URL'] as const) {
    const value = config[name];
    const password = value === undefined ? '' : new URL(value).password;
    if (password && (isPlaceholder(password) || isPlaceholder(decoded(password)))) problems.push(`${name}: its password is a placeholder; set the real one`);
  }
  return problems;
}

/** Introspection and "did you mean" suggestions: on unless in production, either way overridable. */
export function introspectionEnabled(config: Config): boolean {
  // GraphiQL enabled in production brings its schema docs and completion, which read the schema by introspection.
  return config.INTROSPECTION ?? (config.NODE_ENV !== 'production' || config.GRAPHIQL === true);
}

/** GraphiQL at GET /graphql: on unless in production, either way overridable. */
export function graphiqlEnabled(config: Config): boolean {
  return config.GRAPHIQL ?? config.NODE_ENV !== 'production';
}

/** TRUST_PROXY as Express's `trust proxy` takes it. */
export function trustProxy(config: Config): boolean | number | string {
  const value = config.TRUST_PROXY.trim();
  if (value === 'true' || value === 'false') return value === 'true';
  return /^[0-9]+$/.test(value) ? Number(value) : value;
}

export function suggestionsEnabled(config: Config): boolean {
  return config.FIELD_SUGGESTIONS ?? config.NODE_ENV !== 'production';
}

/** The origins of the local development servers of common front-end tools (Next.js, Vite, Angular, Vue CLI, Storybook, Astro, Expo…). */
export const DEVELOPMENT_ORIGINS = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\]):(3000|3001|4173|4200|4321|5173|6006|8080|8081|19006)$/;

export interface CorsPolicy {
  /** `true`: any origin (never with credentials); else the origins allowed. */
  origin: true | (string | RegExp)[];
  credentials: boolean;
  maxAge: number;
}

/**
 * CORS: in production only CORS_ORIGINS (none when unset); outside it any origin when CORS_ORIGINS is unset, else
 * those listed and the local development servers'. Credentials only for listed origins (loadConfig checks there are some).
 */
export function corsPolicy(config: Config): CorsPolicy {
  const listed = config.CORS_ORIGINS?.split(',').map((origin) => origin.trim()).filter(Boolean);
  const development = config.NODE_ENV !== 'production';
  const policy = { credentials: config.CORS_CREDENTIALS, maxAge: config.CORS_MAX_AGE_S };
  if (listed === undefined) return { ...policy, origin: development ? true : [] };
  if (listed.includes('*')) return { ...policy, origin: true };
  return { ...policy, origin: development ? [...listed, DEVELOPMENT_ORIGINS] : listed };
}

/** A size setting (100kb, 10mb) in bytes, as Express's body parser reads it (1kb = 1024 bytes). */
export function sizeInBytes(size: string): number {
  const [, amount, unit] = /^([0-9]+)(b|kb|mb)$/.exec(size)!;
  return Number(amount) * { b: 1, kb: 1024, mb: 1024 * 1024 }[unit as 'b' | 'kb' | 'mb'];
}

/** Where another process reaches a subgraph, as the gateway does: <NAME>_URL, else its SUBGRAPH_URLS entry, else its local URL (the supergraph's). */
export function subgraphUrl(config: Config, name: SubgraphName): string {
  const own = { catalogue: config.CATALOGUE_URL, inquiries: config.INQUIRIES_URL, projects: config.PROJECTS_URL }[name];
  return own ?? config.SUBGRAPH_URLS?.[name] ?? localUrl(SUBGRAPHS.find((subgraph) => subgraph.name === name)!.port);
}

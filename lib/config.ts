import { z } from 'zod';

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

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOST: z.string().min(1).default('0.0.0.0'),

  DATABASE_URL: postgresUrl.optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  EMBEDDED_PG_DIR: z.string().min(1).default('.data/postgres'),
  EMBEDDED_PG_PORT: port.default(0),

  GATEWAY_PORT: port.default(4000),
  CATALOGUE_PORT: port.default(4001),
  INQUIRIES_PORT: port.default(4002),
  PROJECTS_PORT: port.default(4003),
  CATALOGUE_URL: httpUrl.default('http://localhost:4001/graphql'),
  INQUIRIES_URL: httpUrl.default('http://localhost:4002/graphql'),
  PROJECTS_URL: httpUrl.default('http://localhost:4003/graphql'),
  SUPERGRAPH_PATH: z.string().min(1).default('schema/supergraph.graphql'),

  /** Subgraphs receive the gateway's `_entities` batches: thousands of representations for one page. */
  SUBGRAPH_MAX_BODY: z.string().regex(/^[0-9]+(b|kb|mb)$/, 'must be a size such as 100kb or 10mb').default('10mb'),
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
});

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
  return parsed.data;
}

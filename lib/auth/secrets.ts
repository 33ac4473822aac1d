import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { ConfigError, type Config } from '../config';
import { ROOT } from '../paths';

/**
 * The secrets of authentication. Set in the environment they win; in production they must be;
 * elsewhere a missing one comes from a local file, generated once (git-ignored, mode 0600), so
 * `npm start`, a gateway and subgraphs run alone, and `npm run token` agree without set-up.
 */

interface LocalSecrets {
  jwtSecret: string;
  subgraphSecret: string;
}

export function localSecretsPath(config: Config): string {
  return isAbsolute(config.LOCAL_SECRETS_FILE) ? config.LOCAL_SECRETS_FILE : join(ROOT, config.LOCAL_SECRETS_FILE);
}

function localSecrets(config: Config, variable: string): LocalSecrets {
  if (config.NODE_ENV === 'production') {
    throw new ConfigError(`Invalid configuration:\n  ${variable}: must be set in production (local secrets are for development only)`);
  }
  const path = localSecretsPath(config);
  const fresh: LocalSecrets = { jwtSecret: randomBytes(32).toString('base64url'), subgraphSecret: randomBytes(32).toString('base64url') };
  mkdirSync(dirname(path), { recursive: true });
  try {
    writeFileSync(path, JSON.stringify(fresh, null, 2), { flag: 'wx', mode: 0o600 });
    return fresh;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const stored = JSON.parse(readFileSync(path, 'utf8')) as Partial<LocalSecrets>;
  if (typeof stored.jwtSecret !== 'string' || typeof stored.subgraphSecret !== 'string') {
    throw new ConfigError(`${path} is not a local secrets file: delete it and it is made anew`);
  }
  return stored as LocalSecrets;
}

export interface SubgraphSecret {
  secret: string;
  /** SUBGRAPH_SECRET was set: every request, reads too, must carry the gateway's signature. */
  strict: boolean;
}

export function subgraphSecret(config: Config): SubgraphSecret {
  if (config.SUBGRAPH_SECRET) return { secret: config.SUBGRAPH_SECRET, strict: true };
  return { secret: localSecrets(config, 'SUBGRAPH_SECRET').subgraphSecret, strict: false };
}

export type TokenKeys = { kind: 'secret'; secret: string; local: boolean } | { kind: 'jwks'; url: string };

/** How the gateway verifies bearer tokens: keys from JWKS_URL, else HS256 with JWT_SECRET (or the local one). */
export function tokenKeys(config: Config): TokenKeys {
  if (config.JWKS_URL) return { kind: 'jwks', url: config.JWKS_URL };
  if (config.JWT_SECRET) return { kind: 'secret', secret: config.JWT_SECRET, local: false };
  return { kind: 'secret', secret: localSecrets(config, 'JWT_SECRET or JWKS_URL').jwtSecret, local: true };
}

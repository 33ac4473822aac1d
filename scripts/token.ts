import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../lib/config';
import { ROLES, type Role } from '../lib/auth/identity';
import { tokenKeys } from '../lib/auth/secrets';
import { mintToken } from '../lib/auth/tokens';
import { runMain } from '../lib/process';

const USAGE = 'usage: npm run token -- --agency <agency code or id> --role editor|admin [--role ...] [--ttl 1h] [--sub <subject>]';

/**
 * npm run token: mints a local HS256 bearer token with JWT_SECRET (or the generated local
 * secret `npm start` uses). Prints the token alone on stdout, for TOKEN=$(npm run -s token -- ...).
 */
runMain(async () => {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        agency: { type: 'string' },
        role: { type: 'string', multiple: true },
        ttl: { type: 'string', default: '1h' },
        sub: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}\n${USAGE}`);
  }
  const roles = values.role ?? [];
  const unknown = roles.filter((role) => !(ROLES as readonly string[]).includes(role));
  if (roles.length === 0 || unknown.length > 0) throw new ConfigError(`--role must be editor or admin${unknown.length ? ` (got ${unknown.join(', ')})` : ''}\n${USAGE}`);
  if (roles.includes('editor') && !values.agency) throw new ConfigError(`an editor's token needs --agency: an editor writes to their agency's projects\n${USAGE}`);

  const config = loadConfig();
  const keys = tokenKeys(config);
  if (keys.kind === 'jwks') throw new ConfigError('JWKS_URL is set: this deployment accepts tokens from its identity provider only, not local ones');
  let token: string;
  try {
    token = await mintToken(keys.secret, {
      subject: values.sub ?? `local-${roles.join('-')}${values.agency ? `-${values.agency}` : ''}`,
      agency: values.agency,
      roles: roles as Role[],
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      ttl: values.ttl,
    });
  } catch (error) {
    throw new ConfigError(`--ttl must be a time span such as 30m, 1h or 7d (${(error as Error).message})`);
  }
  process.stdout.write(`${token}\n`);
  if (process.stderr.isTTY) process.stderr.write(`send it as: Authorization: Bearer <token> (valid ${values.ttl})\n`);
});

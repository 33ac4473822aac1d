import type { Role } from '../../lib/auth/identity';
import { mintToken } from '../../lib/auth/tokens';
import { TEST_SECRETS } from './stack';

export interface TestToken {
  agency?: string | number;
  roles?: Role[];
  subject?: string;
  /** Seconds (negative: already expired) or a jose time span. */
  ttl?: string | number;
  secret?: string;
  issuer?: string;
  audience?: string;
}

/** `{ authorization: 'Bearer …' }` for a real HS256 token, signed with the test stack's secret unless told otherwise. */
export async function bearer(token: TestToken = {}): Promise<Record<string, string>> {
  const jwt = await mintToken(token.secret ?? TEST_SECRETS.JWT_SECRET, {
    subject: token.subject ?? 'tester',
    agency: token.agency,
    roles: token.roles ?? ['editor'],
    issuer: token.issuer ?? 'panjare',
    audience: token.audience ?? 'panjare-api',
    ttl: token.ttl ?? '1h',
  });
  return { authorization: `Bearer ${jwt}` };
}

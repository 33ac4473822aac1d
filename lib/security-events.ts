import type { Logger } from './logger';

/**
 * Security events: one log line per refusal, in one shape, so an operator can alert on them and
 * find who was refused, from where and why. Never the token itself.
 *
 * - `token_refused`: a bearer token the gateway did not accept (bad signature, expired, too long-lived…);
 *   `subject` and `agency` are then the token's own claims, unverified, when it could be decoded.
 * - `write_denied`: a mutation refused with FORBIDDEN or UNAUTHENTICATED.
 * - `rate_limited`: a request over its caller's budget.
 * - `signature_refused`: a subgraph request without a valid gateway signature for it (none where one is
 *   required, forged, stale, made for another body or subgraph, or a mutation's signature used again);
 *   `subject` and `agency` are then the identity header's own, unverified, when it could be decoded.
 */
export type SecurityEventName = 'token_refused' | 'write_denied' | 'rate_limited' | 'signature_refused';

export interface SecurityEvent {
  event: SecurityEventName;
  subject: string | null;
  agency: string | number | null;
  reason: string;
  requestId: string | null;
  clientAddress: string | null;
  /** More context (the mutation's field, say); never a credential. */
  [detail: string]: unknown;
}

export function logSecurityEvent(logger: Logger, event: SecurityEvent): void {
  logger.warn(event, `security event: ${event.event}`);
}

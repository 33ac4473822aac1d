import type { IncomingMessage } from 'node:http';
import { bodyDigest } from '../auth/request-signature';

const digests = new WeakMap<IncomingMessage, string>();

/** For express.json's `verify`: the SHA-256 of the body's bytes as received, taken once while they are at hand. */
export function keepBodyDigest(request: IncomingMessage, _response: unknown, raw: Buffer): void {
  digests.set(request, bodyDigest(raw));
}

/** The digest `keepBodyDigest` took; undefined when no body was parsed (none sent, or not JSON). */
export function bodyDigestOf(request: IncomingMessage): string | undefined {
  return digests.get(request);
}

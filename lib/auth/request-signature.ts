import { createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  CLIENT_ADDRESS_HEADER,
  decodeIdentity,
  encodeIdentity,
  IDEMPOTENCY_HEADER,
  IDENTITY_HEADER,
  SIGNATURE_HEADER,
  SIGNATURE_MAX_AGE,
  type Identity,
} from './identity';

/**
 * The gateway's signature on one subgraph request (README, "Signed subgraph calls"). It binds the
 * caller's identity to this very request: HMAC-SHA256, with a key of the target subgraph's own,
 * over
 *
 *   panjare-v2 \n t \n nonce \n subgraph \n METHOD \n path \n base64url(SHA-256(body)) \n identity \n idempotency-key \n client-address
 *
 * (each field free of line breaks, an absent header as an empty line). So a captured request
 * cannot be replayed with another body, to another subgraph, another path, after its window, or
 * with another identity, retry key or client address; the random nonce lets the subgraph accept a
 * mutation's signature once. Sent as `x-panjare-signature: t=<t>,n=<nonce>,v2=<mac>`.
 */

const VERSION = 'panjare-v2';
/** HKDF's salt: fixed, as HKDF allows; each subgraph's name is the `info` that sets its key apart. */
const KEY_SALT = 'panjare subgraph request signature';

/** The key one subgraph verifies with (and the gateway signs for it with): HKDF-SHA256 of the master secret. */
export function subgraphKey(masterSecret: string, subgraph: string): Buffer {
  return Buffer.from(hkdfSync('sha256', masterSecret, KEY_SALT, subgraph, 32));
}

/** Each subgraph's key, derived once. */
export function subgraphKeys(masterSecret: string): (subgraph: string) => Buffer {
  const keys = new Map<string, Buffer>();
  return (subgraph) => {
    let key = keys.get(subgraph);
    if (!key) keys.set(subgraph, (key = subgraphKey(masterSecret, subgraph)));
    return key;
  };
}

/** SHA-256 of the body's exact bytes (a string: its UTF-8 bytes), base64url. */
export function bodyDigest(body: string | Uint8Array): string {
  return createHash('sha256').update(body).digest('base64url');
}

export const EMPTY_BODY_DIGEST = bodyDigest('');

/** The parts of a request the signature covers, as the subgraph receives it. */
export interface SignedRequest {
  subgraph: string;
  method: string;
  /** The request target: path and query string, as on the HTTP request line. */
  path: string;
  bodyDigest: string;
  idempotencyKey?: string | null;
  clientAddress?: string | null;
}

/** A request as it leaves the gateway. */
export interface OutgoingRequest {
  subgraph: string;
  method: string;
  url: string;
  headers?: Readonly<Record<string, string>>;
  body: string | Uint8Array;
}

const mac = (key: Buffer, timestamp: number, nonce: string, identity: string, request: SignedRequest) =>
  createHmac('sha256', key)
    .update(
      [VERSION, timestamp, nonce, request.subgraph, request.method.toUpperCase(), request.path, request.bodyDigest, identity, request.idempotencyKey ?? '', request.clientAddress ?? ''].join(
        '\n',
      ),
    )
    .digest('base64url');

/** The request target of a URL, as an HTTP client puts it on the request line. */
export const pathOf = (url: string) => {
  const { pathname, search } = new URL(url);
  return pathname + search;
};

/** The headers that prove to `request.subgraph` that the gateway sent this request for `identity` (null: anonymous). */
export function signRequest(identity: Identity | null, request: OutgoingRequest, key: Buffer, now = Date.now()): Record<string, string> {
  const payload = encodeIdentity(identity);
  const timestamp = Math.floor(now / 1000);
  const nonce = randomBytes(16).toString('base64url');
  const signed: SignedRequest = {
    subgraph: request.subgraph,
    method: request.method,
    path: pathOf(request.url),
    bodyDigest: bodyDigest(request.body),
    idempotencyKey: request.headers?.[IDEMPOTENCY_HEADER],
    clientAddress: request.headers?.[CLIENT_ADDRESS_HEADER],
  };
  return { [IDENTITY_HEADER]: payload, [SIGNATURE_HEADER]: `t=${timestamp},n=${nonce},v2=${mac(key, timestamp, nonce, payload, signed)}` };
}

export type Verification =
  | { status: 'unsigned' }
  /** `nonce` and `expiresAt` (ms): what a subgraph keeps to accept this signature once. */
  | { status: 'valid'; identity: Identity | null; nonce: string; expiresAt: number }
  | { status: 'invalid'; reason: string };

const SIGNATURE = /^t=([0-9]{1,12}),n=([A-Za-z0-9_-]{22}),v2=([A-Za-z0-9_-]{43})$/;

/** Checks the headers `signRequest` made against the request as received; `unsigned` when neither header is there. */
export function verifyRequest(
  headers: { identity?: string; signature?: string },
  request: SignedRequest,
  key: Buffer,
  now = Date.now(),
): Verification {
  if (headers.identity === undefined && headers.signature === undefined) return { status: 'unsigned' };
  const match = SIGNATURE.exec(headers.signature ?? '');
  if (!match || headers.identity === undefined) return { status: 'invalid', reason: 'malformed gateway signature' };
  const timestamp = Number(match[1]);
  if (Math.abs(now / 1000 - timestamp) > SIGNATURE_MAX_AGE) return { status: 'invalid', reason: 'gateway signature too old' };
  const expected = Buffer.from(mac(key, timestamp, match[2]!, headers.identity, request));
  const given = Buffer.from(match[3]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { status: 'invalid', reason: 'gateway signature does not match this request (body, subgraph, path, identity or headers differ)' };
  }
  const identity = decodeIdentity(headers.identity);
  if (identity === undefined) return { status: 'invalid', reason: 'malformed identity' };
  return { status: 'valid', identity, nonce: match[2]!, expiresAt: (timestamp + SIGNATURE_MAX_AGE) * 1000 };
}

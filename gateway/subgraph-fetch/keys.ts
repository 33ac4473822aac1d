import { hash } from 'node:crypto';

/**
 * The one way the gateway names what it shares or keeps (an in-flight fetch, a batch, a cached
 * entity or response): the parts that make two of them the same, one per line.
 */
export function keyOf(...parts: string[]): string {
  return parts.join('\n');
}

/** A key's fixed-length digest (SHA-1, base64url): for keys kept outside this process or remembered in bulk. */
export function digestOf(key: string): string {
  return hash('sha1', key, 'base64url');
}

import { badInput } from '../common/errors';
import { parseId } from '../common/ids';
import { notFound } from '../common/errors';

/** The mutations' argument rules: each breach is a BAD_USER_INPUT naming the argument, before anything is read or written. */
export const LIMITS = { note: 2000, title: 200, body: 10_000, resolution: 2000, idempotencyKey: 200 } as const;

export function checkProgress(progress: unknown): number {
  if (typeof progress !== 'number' || !Number.isFinite(progress) || progress < 0 || progress > 100) {
    throw badInput(`\`progress\` must be a number from 0 to 100 (got ${String(progress)})`, 'progress');
  }
  return progress;
}

/** Optional text: null stays null; otherwise at most `max` characters. */
export function checkOptionalText(value: string | null | undefined, argument: string, max: number): string | null {
  if (value == null) return null;
  if (value.length > max) throw badInput(`\`${argument}\` may be at most ${max.toLocaleString('en')} characters (got ${value.length.toLocaleString('en')})`, argument);
  return value;
}

/** Required text: not blank, at most `max` characters. */
export function checkRequiredText(value: string, argument: string, max: number): string {
  if (value.trim() === '') throw badInput(`\`${argument}\` must not be blank`, argument);
  return checkOptionalText(value, argument, max)!;
}

export function checkExpectedVersion(version: number | null | undefined): number | null {
  if (version == null) return null;
  if (!Number.isInteger(version) || version < 1) throw badInput(`\`expectedVersion\` must be a version the project reported (1 or more; got ${version})`, 'expectedVersion');
  return version;
}

/** An id of a project or ticket to write to: one that cannot name a row is NOT_FOUND, like one that names none. */
export function checkTargetId(id: unknown, what: 'project' | 'ticket'): number {
  const key = parseId(id);
  if (key === null) throw notFound(`There is no ${what} with id "${String(id)}"`);
  return key;
}

export function checkIdempotencyKey(key: string | null): string | null {
  if (key === null) return null;
  if (!/^[\x21-\x7e]{1,200}$/.test(key)) {
    throw badInput(`The Idempotency-Key header must be 1 to ${LIMITS.idempotencyKey} visible ASCII characters (a UUID, say)`, 'Idempotency-Key');
  }
  return key;
}

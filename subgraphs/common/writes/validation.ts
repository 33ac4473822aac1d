import { badInput, notFound } from '../errors';
import { parseId } from '../ids';

/** Argument rules shared by the catalogue's and the inquiries' writes: each breach is a BAD_USER_INPUT naming the argument. */

export const NAME_LIMIT = 500;

export function checkIdempotencyKey(key: string | null): string | null {
  if (key === null) return null;
  if (!/^[\x21-\x7e]{1,200}$/.test(key)) throw badInput('The Idempotency-Key header must be 1 to 200 visible ASCII characters (a UUID, say)', 'Idempotency-Key');
  return key;
}

export function checkExpectedVersion(version: number | null | undefined): number | null {
  if (version == null) return null;
  if (!Number.isInteger(version) || version < 1) throw badInput(`\`expectedVersion\` must be a version the record reported (1 or more; got ${version})`, 'expectedVersion');
  return version;
}

/** An id of a record to write to: one that cannot name a row is NOT_FOUND, like one that names none. */
export function checkTargetId(id: unknown, what: string): number {
  const key = parseId(id);
  if (key === null) throw notFound(`There is no ${what} with id "${String(id)}"`);
  return key;
}

/** A corrected name: Persian required and not blank, English optional (null clears it); each at most NAME_LIMIT characters. */
export function checkName(nameFa: string, nameEn: string | null | undefined): { nameFa: string; nameEn: string | null } {
  const fa = nameFa.trim();
  if (fa === '') throw badInput('`nameFa` must not be blank', 'nameFa');
  if (fa.length > NAME_LIMIT) throw badInput(`\`nameFa\` may be at most ${NAME_LIMIT} characters (got ${fa.length})`, 'nameFa');
  const en = nameEn == null ? null : nameEn.trim() || null;
  if (en !== null && en.length > NAME_LIMIT) throw badInput(`\`nameEn\` may be at most ${NAME_LIMIT} characters (got ${en.length})`, 'nameEn');
  return { nameFa: fa, nameEn: en };
}

import { badInput } from './errors';

/** Timestamps come as Dates from the database, as ISO strings from a stored idempotent result. */
export const iso = (value: Date | string) => new Date(value).toISOString();

/** An ISO 8601 date or timestamp argument, or null; anything else is BAD_USER_INPUT (without echoing it). */
export function parseInstant(value: string | null | undefined, argument: string): Date | null {
  if (value == null) return null;
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime())) {
    throw badInput(`\`${argument}\` must be an ISO 8601 date or timestamp, such as 2024-01-01 or 2024-01-01T12:00:00Z`, argument);
  }
  return date;
}

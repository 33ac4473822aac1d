import { jalaliDate, jalaliTimestamp } from '../../lib/jalali';
import { badInput } from './errors';

/** Timestamps come as Dates from the database, as ISO strings from a stored idempotent result. */
export const iso = (value: Date | string) => new Date(value).toISOString();
export const isoOrNull = (value: Date | string | null) => (value === null ? null : iso(value));

/** The same instant in the Jalali calendar, Tehran time. */
export const jalali = (value: Date | string) => jalaliTimestamp(value);
export const jalaliOrNull = (value: Date | string | null) => (value === null ? null : jalali(value));
/** A period's first day (2018-07 or 2018-07-31) in the Jalali calendar. */
export const jalaliPeriod = (period: string) => jalaliDate(period.length === 7 ? `${period}-01` : period);

/** An ISO 8601 date or timestamp argument, or null; anything else is BAD_USER_INPUT (without echoing it). */
export function parseInstant(value: string | null | undefined, argument: string): Date | null {
  if (value == null) return null;
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime())) {
    throw badInput(`\`${argument}\` must be an ISO 8601 date or timestamp, such as 2024-01-01 or 2024-01-01T12:00:00Z`, argument);
  }
  return date;
}

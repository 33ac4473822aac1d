/**
 * Dates in the Jalali (Solar Hijri) calendar, the one Iran's agencies and the sources use, from the ICU data Node
 * ships: Tehran's local time with its offset (+03:30, or +04:30 in the summers when Iran kept daylight saving).
 */
const TIMESTAMP = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
  timeZone: 'Asia/Tehran',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

/** e.g. 2023-12-21T00:00:00Z → 1402-09-30T03:30:00+03:30. */
export function jalaliTimestamp(value: Date | string): string {
  const parts = Object.fromEntries(TIMESTAMP.formatToParts(new Date(value)).map((part) => [part.type, part.value]));
  const offset = parts.timeZoneName!.replace('GMT', '') || '+00:00';
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}

/** The Jalali date of a Gregorian calendar date (no time of day): 2018-07-31 → 1397-05-09. */
export function jalaliDate(isoDate: string): string {
  return jalaliTimestamp(`${isoDate.slice(0, 10)}T12:00:00Z`).slice(0, 10);
}

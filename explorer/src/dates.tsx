import { digits, type Lang } from './i18n';

/**
 * The API's Jalali twin, readable: "1402-09-30T03:30:00+03:30" → "1402/09/30 03:30" (Tehran time, as
 * the API gives it); a date alone ("1399-09-09") → "1399/09/09".
 */
export function jalaliText(jalali: string): string {
  const [date, time] = jalali.split('T');
  return `${date.replace(/-/g, '/')}${time ? ` ${time.slice(0, 5)}` : ''}`;
}

/** A date or an instant in the Jalali calendar with its ISO 8601 twin beside it, exactly as the API gives it. */
export function Dated({ lang, iso, jalali }: { lang: Lang; iso: string; jalali: string }) {
  return (
    <span className="dated">
      <span data-testid="jalali">{digits(lang, jalaliText(jalali))}</span>{' '}
      <time className="muted" data-testid="iso" dateTime={iso} dir="ltr">
        {iso}
      </time>
    </span>
  );
}

import { jalaliDate, jalaliTimestamp } from '../../lib/jalali';

describe('the Jalali calendar, Tehran time', () => {
  it.each([
    ['2023-12-21T00:00:00Z', '1402-09-30T03:30:00+03:30'],
    ['2026-03-20T20:30:00Z', '1405-01-01T00:00:00+03:30'],
    ['2026-03-20T20:29:59Z', '1404-12-29T23:59:59+03:30'],
    // Daylight saving, kept until 2022.
    ['2018-07-31T12:00:00Z', '1397-05-09T16:30:00+04:30'],
    ['2021-09-21T12:00:00Z', '1400-06-30T16:30:00+04:30'],
    ['2021-09-22T12:00:00Z', '1400-06-31T15:30:00+03:30'],
  ])('%s is %s', (iso, jalali) => {
    expect(jalaliTimestamp(iso)).toBe(jalali);
    expect(jalaliTimestamp(new Date(iso))).toBe(jalali);
  });

  it.each([
    ['2020-11-29', '1399-09-09'],
    ['2018-07-31', '1397-05-09'],
    ['2024-03-20', '1403-01-01'],
  ])('the date %s is %s', (iso, jalali) => {
    expect(jalaliDate(iso)).toBe(jalali);
  });
});

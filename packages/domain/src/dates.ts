/** Calendar dates are ISO `YYYY-MM-DD` strings; moments are ISO timestamps. No time zones on dates. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** @returns true for a real calendar date such as 2024-02-29 (not 2023-02-29). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) {
    return false;
  }
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Whether an ISO 8601 moment lies in the range the dossier can carry: from 1900 (nothing recorded in a
 * dossier happened earlier) to before 9999, so that a date counted from it (a deadline weeks later) keeps a
 * four-digit year and the moment reads back in the form it was written. An offset can carry a plausible
 * local time past either end: 9999-12-31T23:00:00-12:00 lies in the year 10000.
 */
export function isWithinMomentRange(iso: string): boolean {
  const time = Date.parse(iso);
  return time >= Date.UTC(1900, 0, 1) && time < Date.UTC(9999, 0, 1);
}

/** Built once: constructing a DateTimeFormat costs far more than formatting with it. */
const AMSTERDAM_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's calendar date in the Netherlands (Europe/Amsterdam), as YYYY-MM-DD. */
export function todayInNetherlands(now: Date = new Date()): string {
  return AMSTERDAM_DATE.format(now);
}

/**
 * Age in whole years on a given date.
 * @param birthDate YYYY-MM-DD
 * @param onDate YYYY-MM-DD
 */
export function ageOn(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) {
    age -= 1;
  }
  return age;
}

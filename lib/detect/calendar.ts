/** Calendar checks shared by the national-number, LU matricule and date-of-birth validators. */

/** Oldest accepted birth: identifiers and birth dates more than this many years old are rejected. */
export const MAX_AGE_YEARS = 120;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

export function isRealDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** A birth year that a living person (or a recent record) can have, relative to `nowYear`. */
export function isPlausibleBirthYear(y: number, nowYear: number): boolean {
  return y <= nowYear && y >= nowYear - MAX_AGE_YEARS;
}

/**
 * The text of a date field, held to YYYY-MM-DD (and HH:mm for a time) whatever the browser's
 * language: Chromium's own date input shows mm/dd/yyyy on an English system even in a zh-CN
 * console. Values are the native inputs' (2026-12-01, 2026-12-01T09:30), read as Shanghai dates.
 */

const dateDigits = 8;
const timeDigits = 12;

/**
 * What the field shows for what was typed: the digits, with the dashes, space and colon put in as
 * they are reached. A separator typed after a one-digit month, day or hour pads it (2026-1- → 2026-01).
 */
export function formatTyped(typed: string, withTime: boolean): string {
  let digits = typed.replace(/\D/gu, '').slice(0, withTime ? timeDigits : dateDigits);
  if (/\D$/u.test(typed) && [5, 7, 9].includes(digits.length)) digits = `${digits.slice(0, -1)}0${digits.slice(-1)}`;
  const parts: [number, number, string][] = [[0, 4, ''], [4, 6, '-'], [6, 8, '-'], [8, 10, ' '], [10, 12, ':']];
  return parts
    .filter(([from]) => digits.length > from)
    .map(([from, to, before]) => before + digits.slice(from, to))
    .join('');
}

/** The value a shown text stands for, or null while it is not yet (or not) a real date and time. */
export function parseShown(shown: string, withTime: boolean): string | null {
  const match = (withTime ? /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/u : /^(\d{4})-(\d{2})-(\d{2})$/u).exec(shown);
  if (!match) return null;
  const [year, month, day, hour = 0, minute = 0] = match.slice(1).map(Number) as [number, number, number, number?, number?];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60;
  if (!real) return null;
  return withTime ? `${shown.slice(0, 10)}T${shown.slice(11)}` : shown;
}

/** The text a value is shown as: 2026-12-01T09:30 → 2026-12-01 09:30. */
export function showValue(value: string): string {
  return value.replace('T', ' ');
}

/** The value a number of days later (earlier when negative), the time of day kept. */
export function addDays(value: string, days: number): string {
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10) + value.slice(10);
}

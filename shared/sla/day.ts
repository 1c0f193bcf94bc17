import { z } from 'zod';

/**
 * A calendar day as 'YYYY-MM-DD', with no time zone of its own: the caller decides whose day it
 * is (for SLA maths always Asia/Shanghai). Arithmetic runs on UTC midnights so that the
 * machine's time zone never leaks in.
 */
export const Day = z.iso.date();
export type Day = z.infer<typeof Day>;

const dayMs = 86_400_000;

function utcMidnight(day: Day): number {
  return Date.parse(`${day}T00:00:00Z`);
}

export function addDays(day: Day, n: number): Day {
  return new Date(utcMidnight(day) + n * dayMs).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`; negative when `to` comes first. */
export function daysBetween(from: Day, to: Day): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / dayMs);
}

/** 0 = Sunday … 6 = Saturday, as `Date.getDay`. */
export function weekday(day: Day): number {
  return new Date(utcMidnight(day)).getUTCDay();
}

export function isWeekend(day: Day): boolean {
  const d = weekday(day);
  return d === 0 || d === 6;
}

export function yearOf(day: Day): number {
  return Number(day.slice(0, 4));
}

/** 00:00 of `day` in Asia/Shanghai (UTC+8, no daylight saving time since 1991). */
export function shanghaiDayStart(day: Day): Date {
  return new Date(Date.parse(`${day}T00:00:00+08:00`));
}

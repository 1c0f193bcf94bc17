import type { TFunction } from 'i18next';
import type { ClockReading } from '../../../shared/sla/clock-view';

const second = 1000;
const hour = 3600 * second;
const day = 24 * hour;

/**
 * A running clock's time left or over: "1天3小时" beyond a day, "16小时41分" beyond an hour, and
 * under an hour a countdown "0:34:03" whose seconds tick. Beyond an hour a countdown read as a time
 * of day: a clock due at midnight and overdue since showed the time now ("超时 16:41:54").
 */
export function formatDuration(ms: number, t: TFunction): string {
  const abs = Math.abs(ms);
  if (abs >= hour) return formatSpan(ms, t);
  const total = Math.floor(abs / second);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `0:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/**
 * A span that no longer runs (how early a clock stopped, how long a unit held a closed case):
 * "15小时15分", not a countdown's "15:15:14", whose seconds mean nothing once it has stopped.
 */
export function formatSpan(ms: number, t: TFunction): string {
  const abs = Math.abs(ms);
  if (abs >= day) return t('sla.days', { days: Math.floor(abs / day), hours: Math.floor((abs % day) / hour) });
  const hours = Math.floor(abs / hour);
  const minutes = Math.floor((abs % hour) / (60 * second));
  return hours > 0 ? t('sla.hoursMinutes', { hours, minutes }) : t('sla.minutes', { minutes });
}

/** What a clock shows in its remaining-time cell: a countdown while it runs, a span once stopped. */
export function formatReading(reading: ClockReading, t: TFunction): string {
  switch (reading.status) {
    case 'overdue':
      return t('sla.overdueBy', { time: formatDuration(reading.remainingMs, t) });
    case 'met':
      return t('sla.metBy', { time: formatSpan(reading.remainingMs, t) });
    case 'late':
      return t('sla.lateBy', { time: formatSpan(reading.remainingMs, t) });
    default:
      return formatDuration(reading.remainingMs, t);
  }
}

import type { TFunction } from 'i18next';
import type { ClockReading } from '../../../shared/sla/clock-view';

const second = 1000;
const hour = 3600 * second;
const day = 24 * hour;

/** A duration as a countdown: "1天3小时" beyond a day, otherwise "H:MM:SS". */
export function formatDuration(ms: number, t: TFunction): string {
  const abs = Math.abs(ms);
  if (abs >= day) return t('sla.days', { days: Math.floor(abs / day), hours: Math.floor((abs % day) / hour) });
  const total = Math.floor(abs / second);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/**
 * A span that no longer runs (how early a clock stopped, how long a unit held a closed case):
 * "15小时15分", not a countdown's "15:15:14", whose seconds mean nothing once it has stopped.
 */
export function formatSpan(ms: number, t: TFunction): string {
  const abs = Math.abs(ms);
  if (abs >= day) return formatDuration(ms, t);
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

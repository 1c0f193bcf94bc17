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

/** What a clock shows in its remaining-time cell. */
export function formatReading(reading: ClockReading, t: TFunction): string {
  const time = formatDuration(reading.remainingMs, t);
  switch (reading.status) {
    case 'overdue':
      return t('sla.overdueBy', { time });
    case 'met':
      return t('sla.metBy', { time });
    case 'late':
      return t('sla.lateBy', { time });
    default:
      return time;
  }
}

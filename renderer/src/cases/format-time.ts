const formatter = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** Times are stored in UTC and always shown in Asia/Shanghai, whatever the seat's own zone. */
export function formatShanghaiTime(iso: string): string {
  return formatter.format(new Date(iso));
}

/**
 * A deadline at midnight is the end of the day before, as a hotline writes it (12/04 24:00): read
 * as "12/05 00:00" it seemed a day later than it is.
 */
export function formatShanghaiDeadline(iso: string): string {
  const shown = formatShanghaiTime(iso);
  if (!shown.endsWith(' 00:00')) return shown;
  return `${formatShanghaiTime(new Date(Date.parse(iso) - 60_000).toISOString()).slice(0, -6)} 24:00`;
}

/** Shanghai keeps UTC+8 all year (no daylight saving since 1991), so a fixed offset is exact. */
const shanghaiOffsetMs = 8 * 3_600_000;

/** The value of a date-and-time field for an instant, as a clock in Shanghai reads it (2026-11-26T10:00). */
export function toShanghaiInput(instant: Date): string {
  return new Date(instant.getTime() + shanghaiOffsetMs).toISOString().slice(0, 16);
}

/** The instant a date-and-time field means, read as Shanghai time whatever the seat's own zone; '' if it is no time. */
export function fromShanghaiInput(value: string): string {
  const ms = Date.parse(`${value}:00+08:00`);
  return Number.isNaN(ms) ? '' : new Date(ms).toISOString();
}

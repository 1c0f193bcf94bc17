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

/**
 * Case numbers are unique without coordination: seat code + Shanghai date + per-seat daily
 * sequence, e.g. GH01-20261126-0007. Two seats never share a code, so they never collide.
 */
export function formatCaseNumber(seatCode: string, shanghaiDay: string, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 99_999) {
    throw new RangeError(`Case sequence out of range: ${sequence}`);
  }
  return `${seatCode}-${shanghaiDay.replaceAll('-', '')}-${String(sequence).padStart(4, '0')}`;
}

/** The Asia/Shanghai calendar day (YYYY-MM-DD) of an instant; China has no daylight saving time. */
export function shanghaiDay(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

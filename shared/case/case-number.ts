/**
 * Case numbers are unique without coordination: seat code + Shanghai date + per-seat daily
 * sequence, e.g. GH01-20261126-0007. Two seats never share a code, so they never collide.
 */
export function formatCaseNumber(seatCode: string, shanghaiDay: string, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 99_999) {
    throw new RangeError(`Case sequence out of range: ${sequence}`);
  }
  return `${caseNumberPrefix(seatCode, shanghaiDay)}${String(sequence).padStart(sequenceDigits, '0')}`;
}

/** Sequences are padded to this many digits, so one day's numbers sort as text up to 9999. */
export const sequenceDigits = 4;

/** What every number a seat files on one day starts with: GH01-20261126-. */
export function caseNumberPrefix(seatCode: string, shanghaiDay: string): string {
  return `${seatCode}-${shanghaiDay.replaceAll('-', '')}-`;
}

/** The Asia/Shanghai calendar day (YYYY-MM-DD) of an instant; China has no daylight saving time. */
export function shanghaiDay(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

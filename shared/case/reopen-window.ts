import type { CaseRecord } from './record';

/**
 * How long after closing a case the citizen's call-back can reopen it (重办) instead of filing a
 * new case: calendar days around the clock, since a citizen counts from the day they were told.
 */
export const REOPEN_AFTER_CLOSE_DAYS = 30;
const windowMs = REOPEN_AFTER_CLOSE_DAYS * 24 * 3_600_000;

/**
 * Whether a closed case may still be reopened at `now`. A duplicate closed with its main case is
 * reopened through the main case, never on its own.
 */
export function reopenWindowOpen(record: Pick<CaseRecord, 'status' | 'closedAt' | 'closeReason'>, now: Date): boolean {
  if (record.status !== 'closed' || record.closedAt === null || record.closeReason === 'main_case_closed') return false;
  return now.getTime() - Date.parse(record.closedAt) <= windowMs;
}

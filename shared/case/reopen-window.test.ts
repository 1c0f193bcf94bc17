import { describe, expect, it } from 'vitest';
import { REOPEN_AFTER_CLOSE_DAYS, reopenWindowOpen } from './reopen-window';

const closedAt = '2026-11-01T02:00:00.000Z';
const day = 24 * 3_600_000;
const closed = { status: 'closed', closedAt, closeReason: 'evaluated' } as const;

describe('reopening a closed case', () => {
  it('is open until the last moment of the period and shut after it', () => {
    const last = new Date(Date.parse(closedAt) + REOPEN_AFTER_CLOSE_DAYS * day);
    expect(reopenWindowOpen(closed, last)).toBe(true);
    expect(reopenWindowOpen(closed, new Date(last.getTime() + 1))).toBe(false);
  });

  it('never applies to a case still open or a duplicate closed with its main case', () => {
    const now = new Date(Date.parse(closedAt) + day);
    expect(reopenWindowOpen({ ...closed, status: 'replied', closedAt: null, closeReason: null }, now)).toBe(false);
    expect(reopenWindowOpen({ ...closed, closeReason: 'main_case_closed' }, now)).toBe(false);
  });
});

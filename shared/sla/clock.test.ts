import { describe, expect, it } from 'vitest';
import { slaClock } from './clock';

const start = new Date('2025-03-03T01:00:00Z');
const deadline = new Date('2025-03-03T11:00:00Z'); // a 10-hour limit
const at = (hour: number, minute = 0) => new Date(Date.UTC(2025, 2, 3, hour, minute));

describe('SLA clocks', () => {
  it('is ok with 20 % or more of the limit left', () => {
    expect(slaClock(start, deadline, start)).toEqual({ remainingMs: 10 * 3_600_000, state: 'ok', fractionLeft: 1 });
    expect(slaClock(start, deadline, at(9))).toEqual({ remainingMs: 2 * 3_600_000, state: 'ok', fractionLeft: 0.2 });
  });

  it('warns under 20 % left', () => {
    expect(slaClock(start, deadline, at(9, 1)).state).toBe('warning');
  });

  it('is still on time at the deadline itself, overdue just after', () => {
    expect(slaClock(start, deadline, deadline)).toMatchObject({ remainingMs: 0, state: 'warning' });
    expect(slaClock(start, deadline, new Date(deadline.getTime() + 1))).toMatchObject({ remainingMs: -1, state: 'overdue' });
  });

  it('keeps counting past the deadline', () => {
    expect(slaClock(start, deadline, at(21))).toEqual({ remainingMs: -10 * 3_600_000, state: 'overdue', fractionLeft: -1 });
  });

  it('refuses a deadline that does not come after its start', () => {
    expect(() => slaClock(start, start, start)).toThrow(RangeError);
  });
});

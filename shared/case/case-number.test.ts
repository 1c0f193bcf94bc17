import { describe, expect, it } from 'vitest';
import { formatCaseNumber, shanghaiDay } from './case-number';

describe('case numbers', () => {
  it('reads as seat code, Shanghai date and a 4-digit sequence', () => {
    expect(formatCaseNumber('GH01', '2026-11-26', 7)).toBe('GH01-20261126-0007');
  });

  it('uses the Shanghai day, which starts at 16:00 UTC the day before', () => {
    expect(shanghaiDay(new Date('2026-11-25T15:59:59Z'))).toBe('2026-11-25');
    expect(shanghaiDay(new Date('2026-11-25T16:00:00Z'))).toBe('2026-11-26');
  });

  it('refuses a sequence it cannot print in the number', () => {
    expect(() => formatCaseNumber('GH01', '2026-11-26', 0)).toThrow(RangeError);
    expect(() => formatCaseNumber('GH01', '2026-11-26', 100_000)).toThrow(RangeError);
  });
});

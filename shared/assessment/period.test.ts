import { describe, expect, it } from 'vitest';
import { periodBounds, periodContaining } from './period';

describe('assessment periods (Asia/Shanghai days)', () => {
  it('a week runs Monday to Sunday', () => {
    // 2026-12-03 is a Thursday.
    expect(periodContaining('week', '2026-12-03')).toEqual({ kind: 'week', from: '2026-11-30', to: '2026-12-06' });
  });
  it('months, quarters and years end on their last day, February of a leap year included', () => {
    expect(periodContaining('month', '2028-02-10')).toMatchObject({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodContaining('month', '2026-12-31')).toMatchObject({ from: '2026-12-01', to: '2026-12-31' });
    expect(periodContaining('quarter', '2026-08-15')).toMatchObject({ from: '2026-07-01', to: '2026-09-30' });
    expect(periodContaining('year', '2026-08-15')).toMatchObject({ from: '2026-01-01', to: '2026-12-31' });
  });
  it('a Shanghai day starts at 16:00 UTC the day before', () => {
    expect(periodBounds({ kind: 'custom', from: '2026-12-01', to: '2026-12-02' })).toEqual({
      start: '2026-11-30T16:00:00.000Z',
      end: '2026-12-02T16:00:00.000Z',
    });
  });
});

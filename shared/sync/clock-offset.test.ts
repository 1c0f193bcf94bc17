import { describe, expect, it } from 'vitest';
import { clockOffsetMinutes } from './clock-offset';

describe('clockOffsetMinutes', () => {
  it('reads a seat clock ahead of the hub as plus, behind as minus, in whole minutes', () => {
    expect(clockOffsetMinutes(-7 * 60_000)).toBe('+7');
    expect(clockOffsetMinutes(10 * 60_000 + 20_000)).toBe('−10');
    expect(clockOffsetMinutes(-6 * 60_000 - 40_000)).toBe('+7');
  });
});

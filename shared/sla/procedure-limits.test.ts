import { describe, expect, it } from 'vitest';
import { hours, minutes, workingDays } from './limit';
import { callbackLimit, extensionCapWorkingDays, returnRequestWindow, returnRulingLimit, reworkLimit } from './procedure-limits';

describe('procedure limits (DESIGN.md §4)', () => {
  it('return, ruling, extension and callback', () => {
    expect(returnRequestWindow).toEqual(workingDays(2));
    expect(returnRulingLimit).toEqual(workingDays(1));
    expect(extensionCapWorkingDays).toBe(10);
    expect(callbackLimit).toEqual(workingDays(1));
  });

  it('rework gets half the original reply limit, rounded up', () => {
    expect(reworkLimit(workingDays(15))).toEqual(workingDays(8));
    expect(reworkLimit(workingDays(5))).toEqual(workingDays(3));
    expect(reworkLimit(workingDays(1))).toEqual(workingDays(1));
    expect(reworkLimit(hours(24))).toEqual(hours(12));
    expect(reworkLimit(hours(2))).toEqual(hours(1));
    expect(reworkLimit(minutes(15))).toEqual(minutes(8));
  });
});

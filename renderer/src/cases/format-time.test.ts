import { describe, expect, it } from 'vitest';
import { formatShanghaiDeadline, formatShanghaiTime, fromShanghaiInput, toShanghaiInput } from './format-time';

describe('times in forms', () => {
  it('are shown and read as Shanghai time, whatever zone the machine runs in', () => {
    const instant = new Date('2026-11-26T02:05:00Z');
    expect(toShanghaiInput(instant)).toBe('2026-11-26T10:05');
    expect(fromShanghaiInput('2026-11-26T10:05')).toBe('2026-11-26T02:05:00.000Z');
    expect(formatShanghaiTime(fromShanghaiInput(toShanghaiInput(instant)))).toBe(formatShanghaiTime(instant.toISOString()));
  });

  it('cross midnight into the Shanghai day, not the UTC one', () => {
    expect(toShanghaiInput(new Date('2026-11-26T17:30:00Z'))).toBe('2026-11-27T01:30');
  });

  it('give nothing for a field that holds no time', () => {
    expect(fromShanghaiInput('')).toBe('');
  });

  it('write a deadline at Shanghai midnight as 24:00 of the day it ends, across a month and a year', () => {
    expect(formatShanghaiDeadline('2026-12-04T16:00:00Z')).toBe('2026/12/04 24:00');
    expect(formatShanghaiDeadline('2026-11-30T16:00:00Z')).toBe('2026/11/30 24:00');
    expect(formatShanghaiDeadline('2026-12-31T16:00:00Z')).toBe('2026/12/31 24:00');
    expect(formatShanghaiDeadline('2026-12-04T16:01:00Z')).toBe('2026/12/05 00:01');
    expect(formatShanghaiDeadline('2026-12-04T09:30:00Z')).toBe(formatShanghaiTime('2026-12-04T09:30:00Z'));
  });
});

import { describe, expect, it } from 'vitest';
import { formatShanghaiTime, fromShanghaiInput, toShanghaiInput } from './format-time';

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
});

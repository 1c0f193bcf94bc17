import { describe, expect, it } from 'vitest';
import { addDays, formatTyped, parseShown, showValue } from './date-text';

describe('a date field typed key by key', () => {
  it('puts the separators in as the digits reach them, whatever separators were typed', () => {
    const shown: string[] = [];
    let text = '';
    for (const key of '20261201') {
      text = formatTyped(text + key, false);
      shown.push(text);
    }
    expect(shown).toEqual(['2', '20', '202', '2026', '2026-1', '2026-12', '2026-12-0', '2026-12-01']);
    expect(formatTyped('2026/12/01', false)).toBe('2026-12-01');
    expect(formatTyped('2026-12-011', false)).toBe('2026-12-01');
  });

  it('pads a one-digit month, day or hour when a separator follows it', () => {
    expect(formatTyped('2026-1-', false)).toBe('2026-01');
    expect(formatTyped('2026-01-5 ', true)).toBe('2026-01-05');
    expect(formatTyped('2026-01-05 9:', true)).toBe('2026-01-05 09');
  });

  it('lets a backspace over a separator take the digit before it next', () => {
    expect(formatTyped('2026-', false)).toBe('2026');
  });

  it('gives a value only for a real date and time', () => {
    expect(parseShown('2026-12-01', false)).toBe('2026-12-01');
    expect(parseShown('2026-02-29', false)).toBeNull();
    expect(parseShown('2026-13-01', false)).toBeNull();
    expect(parseShown('2026-12', false)).toBeNull();
    expect(parseShown('2026-12-01 09:30', true)).toBe('2026-12-01T09:30');
    expect(parseShown('2026-12-01 24:00', true)).toBeNull();
  });

  it('shows a value as it is typed, and steps it by whole days', () => {
    expect(showValue('2026-12-01T09:30')).toBe('2026-12-01 09:30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01T09:30', -1)).toBe('2026-02-28T09:30');
  });
});

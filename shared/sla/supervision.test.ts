import { describe, expect, it } from 'vitest';
import { supervisionCard } from './supervision';

const startedAt = new Date('2025-03-03T01:00:00Z');
const deadline = new Date('2025-03-03T03:00:00Z'); // a 2-hour limit
const card = (now: string, earlierYellowCard = false) =>
  supervisionCard({ startedAt, deadline, now: new Date(now), earlierYellowCard });

describe('automatic supervision cards', () => {
  it('none while on time', () => {
    expect(card('2025-03-03T02:59:00Z')).toBeNull();
    expect(card('2025-03-03T03:00:00Z')).toBeNull();
  });

  it('yellow once overdue', () => {
    expect(card('2025-03-03T03:00:01Z')).toBe('yellow');
    expect(card('2025-03-03T05:00:00Z')).toBe('yellow'); // overdue by exactly the whole limit
  });

  it('red when overdue by more than the whole limit', () => {
    expect(card('2025-03-03T05:00:01Z')).toBe('red');
  });

  it('red when overdue again after a yellow card', () => {
    expect(card('2025-03-03T03:00:01Z', true)).toBe('red');
    expect(card('2025-03-03T02:00:00Z', true)).toBeNull();
  });
});

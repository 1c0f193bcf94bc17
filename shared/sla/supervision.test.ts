import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardDue, cardFellDueAt, supervisionCard } from './supervision';

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

describe('when an automatic card fell due', () => {
  const clock = { clock: 'reply', startedAt: startedAt.toISOString(), deadline: deadline.toISOString(), endedAt: null };
  const iso = (ms: number) => new Date(ms).toISOString();

  it('dates a yellow just past the deadline and a red past the whole limit, however late the round that finds them', () => {
    const late = new Date('2025-03-05T00:00:00Z');
    expect(iso(cardFellDueAt(clock, [], 'yellow', late).getTime())).toBe('2025-03-03T03:00:00.001Z');
    const yellow = [{ card: 'yellow' as const, clock: 'reply', at: '2025-03-03T03:00:00.001Z' }];
    expect(iso(cardFellDueAt(clock, yellow, 'red', late).getTime())).toBe('2025-03-03T05:00:00.001Z');
    // Red at once when another clock's yellow came first: at the deadline too.
    const other = [{ card: 'yellow' as const, clock: 'accept', at: '2025-03-03T01:30:00.000Z' }];
    expect(iso(cardFellDueAt(clock, other, 'red', late).getTime())).toBe('2025-03-03T03:00:00.001Z');
  });

  it('is a moment at which the same card was already due, never after the round that asks', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 * 24 * 60 }),
        fc.integer({ min: 1, max: 60 * 24 * 60 }),
        fc.boolean(),
        (limitMin, lateMin, earlierYellow) => {
          const start = Date.parse('2026-12-01T00:00:00Z');
          const due = start + limitMin * 60_000;
          const k = { clock: 'reply', startedAt: iso(start), deadline: iso(due), endedAt: null };
          const cards = earlierYellow ? [{ card: 'yellow' as const, clock: 'accept', at: iso(start) }] : [];
          const now = new Date(due + lateMin * 60_000);
          const card = cardDue(k, cards, now);
          if (card === null) return;
          const at = cardFellDueAt(k, cards, card, now);
          expect(at.getTime()).toBeLessThanOrEqual(now.getTime());
          expect(cardDue(k, cards, at)).toBe(card);
          // The same lapse found by a later round dates its card the same.
          expect(cardFellDueAt(k, cards, card, new Date(now.getTime() + 3_600_000)).getTime()).toBe(at.getTime());
        },
      ),
      { seed: 20261203, numRuns: 300 },
    );
  });
});

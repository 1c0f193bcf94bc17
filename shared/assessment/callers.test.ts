import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupRequests, repeatCallers, type Call } from './callers';

const t0 = Date.parse('2026-11-20T00:00:00.000Z');
const call = (id: string, hours: number, over: Partial<Call> = {}): Call => ({
  caseId: id,
  number: `N-${id}`,
  phone: '13800000001',
  committeeId: 'cmt.lvdi',
  categoryId: 'cat.ageing.meal',
  registeredAt: new Date(t0 + hours * 3_600_000).toISOString(),
  status: 'dispatched',
  responsibleUnitId: 'unit.cmt.lvdi',
  ...over,
});

describe('repeat callers', () => {
  it('links the same phone about the same matter within the window, not another matter, another phone or a call after the window', () => {
    const calls = [
      call('a', 0),
      call('b', 24 * 3),
      call('c', 24 * 11), // 8 days after b: a new stretch, alone
      call('d', 1, { categoryId: 'cat.noise.neighbour' }),
      call('e', 2, { phone: '13900000002' }),
      call('f', 3, { phone: null }),
    ];
    expect(repeatCallers(calls, 7).map((r) => [r.phone, r.calls.map((c) => c.caseId)])).toEqual([['13800000001', ['a', 'b']]]);
  });
});

describe('group requests', () => {
  const burst = (n: number, gapHours: number) => Array.from({ length: n }, (_, i) => call(`g${i}`, i * gapHours, { phone: `1380000010${i}`, responsibleUnitId: i === 0 ? null : 'unit.cmt.lvdi', status: i === 0 ? 'registered' : 'dispatched' }));

  it('suggests five callers about one matter in one place within hours, under the first case a unit holds', () => {
    const [g] = groupRequests(burst(5, 6), { windowHours: 48, minCallers: 5 });
    expect(g).toMatchObject({ committeeId: 'cmt.lvdi', categoryId: 'cat.ageing.meal', callers: 5, mainCaseId: 'g1' });
    expect(g?.calls).toHaveLength(5);
  });

  it('does not for four callers, for one caller calling five times, for calls days apart, or for cases already merged or replied', () => {
    const opts = { windowHours: 48, minCallers: 5 };
    expect(groupRequests(burst(4, 6), opts)).toEqual([]);
    expect(groupRequests(burst(5, 6).map((c) => ({ ...c, phone: '13800000001' })), opts)).toEqual([]);
    expect(groupRequests(burst(5, 72), opts)).toEqual([]);
    expect(groupRequests(burst(5, 6).map((c, i) => (i === 4 ? { ...c, status: 'merged' as const } : c)), opts)).toEqual([]);
    expect(groupRequests(burst(5, 6).map((c, i) => (i === 4 ? { ...c, status: 'replied' as const } : c)), opts)).toEqual([]);
  });

  it('every suggested call is open, of its pair, and within the window of the one before; the main case is one of them', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ h: fc.integer({ min: 0, max: 24 * 10 }), phone: fc.integer({ min: 0, max: 8 }), pair: fc.constantFrom('a', 'b'), merged: fc.boolean() }),
          { maxLength: 40 },
        ),
        (rows) => {
          const calls = rows.map((r, i) => call(`c${i}`, r.h, { phone: `1390000000${r.phone}`, committeeId: r.pair, status: r.merged ? 'merged' : 'dispatched' }));
          for (const g of groupRequests(calls, { windowHours: 24, minCallers: 3 })) {
            expect(g.calls.map((c) => c.caseId)).toContain(g.mainCaseId);
            expect(new Set(g.calls.map((c) => c.phone)).size).toBe(g.callers);
            expect(g.callers).toBeGreaterThanOrEqual(3);
            g.calls.forEach((c, i) => {
              expect(c.status).toBe('dispatched');
              expect(c.committeeId).toBe(g.committeeId);
              if (i > 0) expect(Date.parse(c.registeredAt) - Date.parse(g.calls[i - 1]!.registeredAt)).toBeLessThanOrEqual(24 * 3_600_000);
            });
          }
        },
      ),
      { seed: 23, numRuns: 150 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { mayWorkAtSeat } from './seat-scope';

const desk = { scope: 'unit', unitId: 'unit.cmt.lvdi' } as const;

describe('who may work at a seat', () => {
  it('a unit desk takes its own unit and the admin, and no hotline operator or other unit', () => {
    expect(mayWorkAtSeat({ role: 'handler', unitId: 'unit.cmt.lvdi' }, desk)).toBe(true);
    expect(mayWorkAtSeat({ role: 'admin', unitId: null }, desk)).toBe(true);
    expect(mayWorkAtSeat({ role: 'operator', unitId: null }, desk)).toBe(false);
    expect(mayWorkAtSeat({ role: 'supervisor', unitId: null }, desk)).toBe(false);
    expect(mayWorkAtSeat({ role: 'handler', unitId: 'unit.chengguan' }, desk)).toBe(false);
  });

  it('a town seat and a seat not enrolled take everyone', () => {
    for (const scope of [{ scope: 'town' } as const, null]) {
      expect(mayWorkAtSeat({ role: 'operator', unitId: null }, scope)).toBe(true);
      expect(mayWorkAtSeat({ role: 'handler', unitId: 'unit.chengguan' }, scope)).toBe(true);
    }
  });
});

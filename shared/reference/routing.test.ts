import { describe, expect, it } from 'vitest';
import { demoTown } from '../demo/town';
import { suggestResponsibleUnit, whistleUnitsFor } from './routing';

const parentOf = new Map(demoTown.categories.map((c) => [c.id, c.parentId]));
const gridUnits = new Map(demoTown.units.flatMap((u) => (u.committeeId === null ? [] : [[u.committeeId, u.id] as const])));
const whistled = (categoryId: string, committeeId: string) =>
  whistleUnitsFor(demoTown.routingRules, parentOf, gridUnits, categoryId, committeeId, suggestResponsibleUnit(demoTown.routingRules, parentOf, categoryId, committeeId));

describe('the units a hotspot whistles in', () => {
  it('绿地居委 × 助餐: 绿地居委会 holds it, so the meal centre and the ageing office (为老服务) are called in', () => {
    expect(suggestResponsibleUnit(demoTown.routingRules, parentOf, 'cat.ageing.meal', 'cmt.lvdi')).toBe('unit.cmt.lvdi');
    expect(whistled('cat.ageing.meal', 'cmt.lvdi')).toEqual(['unit.zhucan', 'unit.laoling']);
  });
  it('elsewhere the meal centre holds it, and the committee’s own unit is called in first', () => {
    const [committee] = demoTown.committees.filter((c) => c.id !== 'cmt.lvdi');
    const units = whistled('cat.ageing.meal', committee!.id);
    expect(units[0]).toBe(gridUnits.get(committee!.id));
    expect(units).toContain('unit.laoling');
    expect(units).not.toContain('unit.zhucan');
  });
  it('never names the responsible unit nor a unit twice', () => {
    for (const c of demoTown.committees) {
      for (const cat of ['cat.ageing.meal', 'cat.noise.neighbour', 'cat.ageing.ltci']) {
        const units = whistled(cat, c.id);
        expect(new Set(units).size).toBe(units.length);
        expect(units).not.toContain(suggestResponsibleUnit(demoTown.routingRules, parentOf, cat, c.id));
      }
    }
  });
});

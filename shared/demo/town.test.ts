import { describe, expect, it } from 'vitest';
import { leafCategoryIds, suggestResponsibleUnit } from '../reference/routing';
import { Category, Committee, RoutingRule, Town, Unit, UserProfile, roles } from '../reference/types';
import { demoKnowledge, demoTemplates, demoTown } from './town';

const { town, committees, units, categories, routingRules, users } = demoTown;
const parentOf = new Map(categories.map((c) => [c.id, c.parentId]));
const unitIds = new Set(units.map((u) => u.id));
const leaves = leafCategoryIds(categories);

function expectUnique(ids: readonly string[]): void {
  expect(new Set(ids).size).toBe(ids.length);
}

describe('demo town', () => {
  it('is marked as demo data and parses with the reference schemas', () => {
    expect(Town.parse(town)).toEqual({ name: '高行镇', demo: true, seatCode: 'GH01' });
    for (const c of committees) Committee.parse(c);
    for (const u of units) Unit.parse(u);
    for (const c of categories) Category.parse(c);
    for (const r of routingRules) RoutingRule.parse(r);
    for (const u of users) UserProfile.parse(u);
  });

  it('meets the minimum sizes', () => {
    expect(committees.length).toBeGreaterThanOrEqual(12);
    expect(committees.some((c) => c.kind === 'village')).toBe(true);
    expect(committees.map((c) => c.name)).toContain('绿地居委');
    expect(units.filter((u) => u.type === 'department').length).toBeGreaterThanOrEqual(10);
    expect(leaves.size).toBeGreaterThanOrEqual(45);
    expect(demoKnowledge.length).toBeGreaterThanOrEqual(10);
    expect(demoTemplates.length).toBeGreaterThanOrEqual(10);
  });

  it('has unique ids everywhere', () => {
    expectUnique(committees.map((c) => c.id));
    expectUnique(units.map((u) => u.id));
    expectUnique(units.map((u) => u.name));
    expectUnique(categories.map((c) => c.id));
    expectUnique(routingRules.map((r) => r.id));
    expectUnique(users.map((u) => u.id));
    expectUnique(users.map((u) => u.username));
    expectUnique(demoKnowledge.map((k) => k.id));
    expectUnique(demoTemplates.map((t) => t.id));
    expectUnique(demoTemplates.map((t) => t.key));
  });

  it('names the departments of the design', () => {
    const names = units.map((u) => u.name);
    for (const name of ['老龄办', '助餐服务中心', '城管中队', '市场监管所', '房管办', '环卫所', '绿化所', '派出所', '水务站', '交通所']) {
      expect(names).toContain(name);
    }
  });

  it('gives every committee exactly one committee unit', () => {
    for (const c of committees) {
      expect(units.filter((u) => u.type === 'committee' && u.committeeId === c.id)).toHaveLength(1);
    }
    expect(units.find((u) => u.committeeId === 'cmt.lvdi')?.name).toBe('绿地居委会');
    for (const u of units.filter((x) => x.type === 'department')) expect(u.committeeId).toBeNull();
  });

  it('has a category tree whose parents exist and never loop', () => {
    for (const c of categories) {
      const seen = new Set<string>();
      for (let id: string | null | undefined = c.parentId; id; id = parentOf.get(id)) {
        expect(parentOf.has(id)).toBe(true);
        expect(seen.has(id)).toBe(false);
        seen.add(id);
      }
    }
  });

  it('routes every leaf in every committee to an existing unit', () => {
    for (const leaf of leaves) {
      for (const c of committees) {
        const unitId = suggestResponsibleUnit(routingRules, parentOf, leaf, c.id);
        expect(unitId, `${leaf} in ${c.id}`).not.toBeNull();
        expect(unitIds.has(unitId ?? '')).toBe(true);
      }
    }
  });

  it('has rules that name existing categories, committees and units', () => {
    const committeeIds = new Set(committees.map((c) => c.id));
    for (const r of routingRules) {
      expect(parentOf.has(r.categoryId)).toBe(true);
      expect(unitIds.has(r.unitId)).toBe(true);
      if (r.committeeId !== null) expect(committeeIds.has(r.committeeId)).toBe(true);
    }
  });

  it('sends committee-level matters to the committee and the rest to departments', () => {
    const route = (cat: string, cmt: string) => suggestResponsibleUnit(routingRules, parentOf, cat, cmt);
    expect(route('cat.ageing.meal', 'cmt.lvdi')).toBe('unit.cmt.lvdi');
    expect(route('cat.ageing.meal', 'cmt.senlan')).toBe('unit.zhucan');
    expect(route('cat.noise.neighbour', 'cmt.senlan')).toBe('unit.cmt.senlan');
    expect(route('cat.housing.newlift', 'cmt.donggou1')).toBe('unit.cmt.donggou1');
    expect(route('cat.ageing.allowance', 'cmt.lvdi')).toBe('unit.laoling');
    expect(route('cat.cityscape.underbridge', 'cmt.jinjing')).toBe('unit.lvhua');
    expect(route('cat.market.food', 'cmt.xinxing')).toBe('unit.shichang');
  });

  it('has a user of every role, each with a demo password, handlers with an existing unit', () => {
    for (const role of roles) expect(users.some((u) => u.role === role)).toBe(true);
    for (const u of users) {
      expect(u.password).toBe(`demo-${u.username}`);
      if (u.role === 'handler') expect(unitIds.has(u.unitId ?? '')).toBe(true);
      else expect(u.unitId).toBeNull();
    }
    expect(users.map((u) => u.username)).toEqual(
      expect.arrayContaining(['op01', 'op02', 'disp01', 'sup01', 'h-laoling', 'h-lvdi', 'h-chengguan', 'admin']),
    );
  });
});

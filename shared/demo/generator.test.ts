import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { caseKinds, urgencies, type CaseKind, type Urgency } from '../case/vocabulary';
import { leafCategoryIds } from '../reference/routing';
import { demoCommitteeData } from './committees';
import { generateDemoCases, templateSlotNames, type DemoCase } from './generator';
import { leafTexts } from './texts';
import { demoTown } from './town';

const from = new Date('2026-01-01T00:00:00+08:00');
const to = new Date('2027-01-01T00:00:00+08:00');
const sample: readonly DemoCase[] = [...generateDemoCases({ count: 10_000, seed: 42, from, to })];
const leaves = leafCategoryIds(demoTown.categories);

function share<T extends string>(values: readonly T[], value: T): number {
  return values.filter((v) => v === value).length / values.length;
}

function shanghaiHour(iso: string): number {
  return (new Date(iso).getUTCHours() + 8) % 24;
}

describe('demo case texts', () => {
  it('cover exactly the leaf categories', () => {
    expect(new Set(Object.keys(leafTexts))).toEqual(leaves);
  });

  it('give every leaf at least three templates, none shared between leaves', () => {
    const all = Object.values(leafTexts).flatMap((t) => [...t.reports, ...t.questions]);
    expect(new Set(all).size).toBe(all.length);
    for (const [id, t] of Object.entries(leafTexts)) expect(t.reports.length + t.questions.length, id).toBeGreaterThanOrEqual(3);
  });

  it('use only slots the generator fills', () => {
    for (const t of Object.values(leafTexts)) {
      for (const text of [...t.reports, ...t.questions]) {
        for (const [, slot] of text.matchAll(/\{(\w+)\}/g)) expect(templateSlotNames, text).toContain(slot);
      }
    }
  });
});

describe('generateDemoCases', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const again = [...generateDemoCases({ count: 10_000, seed: 42, from, to })];
    expect(again).toEqual(sample);
    const other = [...generateDemoCases({ count: 100, seed: 43, from, to })];
    expect(other).not.toEqual(sample.slice(0, 100));
  });

  it('stays within [from, to) in ascending order', () => {
    let previous = from.getTime();
    for (const c of sample) {
      const t = Date.parse(c.registeredAt);
      expect(t).toBeGreaterThanOrEqual(previous);
      previous = t;
    }
    expect(previous).toBeLessThan(to.getTime());

    const hourFrom = new Date('2026-03-01T10:00:00Z');
    const hourTo = new Date('2026-03-01T10:30:00Z');
    for (const c of generateDemoCases({ count: 500, seed: 1, from: hourFrom, to: hourTo })) {
      expect(c.registeredAt >= hourFrom.toISOString() && c.registeredAt < hourTo.toISOString()).toBe(true);
    }
  });

  it('files leaves only, in existing committees, with known kinds and urgencies', () => {
    const committees = new Set(demoTown.committees.map((c) => c.id));
    for (const c of sample) {
      expect(leaves.has(c.categoryId)).toBe(true);
      expect(committees.has(c.committeeId)).toBe(true);
      expect(caseKinds).toContain(c.kind);
      expect(urgencies).toContain(c.urgency);
    }
  });

  it('gives valid E.164 phones, Chinese or empty names, and addresses in the caller’s committee', () => {
    for (const c of sample) {
      expect(c.caller.phone).toMatch(/^\+86(1[358]\d{9}|21[356]\d{7})$/);
      expect(isValidPhoneNumber(c.caller.phone)).toBe(true);
      expect(c.caller.name).toMatch(/^([\u4e00-\u9fff]{2,4})?$/);
      const committee = demoCommitteeData.find((k) => k.id === c.committeeId);
      const area = committee?.area;
      expect(c.address.startsWith('高行镇')).toBe(true);
      if (area?.kind === 'village') expect(c.address).toContain(committee?.name);
      else expect(area?.lanes.some((l) => c.address.includes(`${l.road}${l.lane}弄`))).toBe(true);
    }
    const anonymous = share(sample.map((c) => (c.caller.name ? 'named' : 'anonymous')), 'anonymous');
    expect(anonymous).toBeGreaterThan(0.05);
    expect(anonymous).toBeLessThan(0.2);
  });

  it('writes filled-in Chinese descriptions', () => {
    for (const c of sample) {
      expect(c.description).not.toMatch(/[{}]/);
      expect(c.description.length).toBeGreaterThanOrEqual(8);
      expect(c.description.length).toBeLessThan(200);
    }
    expect(new Set(sample.map((c) => c.description)).size).toBeGreaterThan(sample.length / 2);
  });

  it('mixes kinds and urgencies as designed', () => {
    const kinds: CaseKind[] = sample.map((c) => c.kind);
    for (const kind of caseKinds) expect(share(kinds, kind), kind).toBeGreaterThan(0.005);
    expect(share(kinds, 'complaint')).toBeGreaterThan(0.3);
    expect(share(kinds, 'complaint')).toBeLessThan(0.5);
    expect(share(kinds, 'inquiry')).toBeGreaterThan(0.15);
    expect(share(kinds, 'inquiry')).toBeLessThan(0.35);
    expect(share(kinds, 'praise')).toBeLessThan(0.05);

    const levels: Urgency[] = sample.map((c) => c.urgency);
    expect(share(levels, 'normal')).toBeGreaterThan(0.85);
    expect(share(levels, 'urgent')).toBeGreaterThan(0.005);
    expect(share(levels, 'urgent')).toBeLessThan(0.05);
    for (const c of sample.filter((x) => x.kind === 'inquiry' || x.kind === 'praise')) expect(c.urgency).toBe('normal');
    for (const c of sample.filter((x) => x.kind === 'praise')) expect(c.categoryId.startsWith('cat.praise.')).toBe(true);
  });

  it('weights committees and has repeat callers', () => {
    const lvdi = share(sample.map((c) => c.committeeId), 'cmt.lvdi');
    const village = share(sample.map((c) => c.committeeId), 'cmt.zhaojiagou');
    expect(lvdi).toBeGreaterThan(2 * village);

    const calls = new Map<string, number>();
    for (const c of sample) calls.set(c.caller.phone, (calls.get(c.caller.phone) ?? 0) + 1);
    expect(calls.size).toBeLessThan(0.9 * sample.length);
    expect(Math.max(...calls.values())).toBeGreaterThanOrEqual(5);
  });

  it('takes more calls by day than by night (Shanghai time)', () => {
    const hours = sample.map((c) => shanghaiHour(c.registeredAt));
    const day = hours.filter((h) => h >= 9 && h < 12).length;
    const night = hours.filter((h) => h >= 2 && h < 5).length;
    expect(day).toBeGreaterThan(10 * night);
    expect(night).toBeGreaterThan(0);
  });

  it('streams: a million cases start at once and a hundred thousand run through', () => {
    const big = generateDemoCases({ count: 1_000_000, seed: 5, from, to });
    expect(big.next().done).toBe(false);
    let n = 0;
    for (const c of generateDemoCases({ count: 100_000, seed: 6, from, to })) if (c.kind) n++;
    expect(n).toBe(100_000);
  });

  it('yields nothing for count 0 and refuses bad options', () => {
    expect([...generateDemoCases({ count: 0, seed: 1, from, to })]).toEqual([]);
    expect(() => [...generateDemoCases({ count: -1, seed: 1, from, to })]).toThrow(RangeError);
    expect(() => [...generateDemoCases({ count: 1.5, seed: 1, from, to })]).toThrow(RangeError);
    expect(() => [...generateDemoCases({ count: 1, seed: 0.5, from, to })]).toThrow(RangeError);
    expect(() => [...generateDemoCases({ count: 1, seed: 1, from: to, to: from })]).toThrow(RangeError);
  });
});

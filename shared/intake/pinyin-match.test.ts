import fc from 'fast-check';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { buildPinyinIndex, matchTiers, searchPinyinIndex } from './pinyin-match';

const items = [
  { id: 'c1', name: '民生服务 › 为老服务 › 助餐' },
  { id: 'c2', name: '助餐点位' },
  { id: 'c3', name: '助餐' },
  { id: 'c4', name: '噪音扰民' },
  { id: 'c5', name: '政策咨询' },
  { id: 't1', name: '高行镇' },
  { id: 'k1', name: '绿地居委' },
  { id: 'k2', name: '绿地' },
  { id: 'u1', name: '城管中队A' },
];
const index = buildPinyinIndex(items);
const search = (query: string, limit = 10) =>
  searchPinyinIndex(index, query, limit).map((m) => [m.item.id, m.tier, m.positions] as const);

describe('searchPinyinIndex', () => {
  it('finds an item by pinyin initials, with the positions to highlight', () => {
    expect(search('zc')[0]).toEqual(['c3', 'initials', [0, 1]]);
  });

  it('reads polyphones every way: 高行镇 by gxz and by ghz', () => {
    expect(search('gxz')).toEqual([['t1', 'initials', [0, 1, 2]]]);
    expect(search('ghz')).toEqual([['t1', 'initials', [0, 1, 2]]]);
    expect(search('gaohangzhen')).toEqual([['t1', 'exact', [0, 1, 2]]]);
  });

  it('matches full pinyin, Chinese text and mixes, ignoring case, spaces and ü', () => {
    expect(search('ZhuCan')[0]).toEqual(['c3', 'exact', [0, 1]]);
    expect(search('zhu can')[0]).toEqual(['c3', 'exact', [0, 1]]);
    expect(search('高行镇')).toEqual([['t1', 'exact', [0, 1, 2]]]);
    expect(search('高hz')).toEqual([['t1', 'initials', [0, 1, 2]]]);
    expect(search('lüdi')[0]).toEqual(['k2', 'exact', [0, 1]]);
    expect(search('ＺＣ')[0]).toEqual(['c3', 'initials', [0, 1]]);
  });

  it('ranks exact over prefix over initials over substring', () => {
    expect(search('zc')).toEqual([
      ['c3', 'initials', [0, 1]],
      ['c2', 'initials', [0, 1]],
      ['c5', 'initials', [0, 1]],
      ['c1', 'substring', [14, 15]],
    ]);
    expect(search('lvdi')).toEqual([
      ['k2', 'exact', [0, 1]],
      ['k1', 'prefix', [0, 1]],
    ]);
    expect(search('gaoh')).toEqual([['t1', 'prefix', [0, 1]]]);
    expect(search('行镇')).toEqual([['t1', 'substring', [1, 2]]]);
  });

  it('matches Latin letters in a name literally', () => {
    expect(search('cgzda')).toEqual([['u1', 'initials', [0, 1, 2, 3, 4]]]);
  });

  it('returns nothing for an empty query or a query nothing reads as', () => {
    expect(search('')).toEqual([]);
    expect(search(' › ')).toEqual([]);
    expect(search('qqq')).toEqual([]);
  });

  it('stops at the limit', () => {
    expect(search('zc', 2).map(([id]) => id)).toEqual(['c3', 'c2']);
  });

  const hanzi = Array.from('高行镇绿地居委助餐为老服务噪音扰民垃圾清运道路破损违章停车物业维修东西南北中新村路口');
  const nameArb = fc.array(fc.constantFrom(...hanzi), { minLength: 1, maxLength: 8 }).map((cs) => cs.join(''));

  it('finds every item by its own name, its full pinyin and its initials', () => {
    fc.assert(
      fc.property(fc.uniqueArray(nameArb, { minLength: 1, maxLength: 20 }), fc.nat(), (names, pick) => {
        const list = names.map((name, i) => ({ id: `i${i}`, name }));
        const target = list[pick % list.length];
        if (!target) return;
        const idx = buildPinyinIndex(list);
        const readings = pinyin(target.name, { toneType: 'none', type: 'array', v: true });
        const every = Array.from(target.name, (_, i) => i);
        for (const query of [target.name, readings.join('')]) {
          const hit = searchPinyinIndex(idx, query, list.length).find((m) => m.item.id === target.id);
          expect(hit?.positions).toEqual(every);
        }
        // Initials can also read as the start of a full syllable (zh: 中行's z + h, or zhong's zh):
        // the item must be found from its first character, whichever reading ranks higher.
        const initials = readings.map((r) => r[0]).join('');
        const byInitials = searchPinyinIndex(idx, initials, list.length).find((m) => m.item.id === target.id);
        expect(byInitials?.positions[0]).toBe(0);
        expect(searchPinyinIndex(idx, target.name, 1)[0]?.tier).toBe('exact');
      }),
    );
  });

  it('returns results sorted by tier, with increasing in-range positions', () => {
    fc.assert(
      fc.property(fc.array(nameArb, { maxLength: 30 }), fc.stringMatching(/^[a-z]{1,4}$/), (names, query) => {
        const list = names.map((name, i) => ({ id: `i${i}`, name }));
        const results = searchPinyinIndex(buildPinyinIndex(list), query, 100);
        const tiers = results.map((m) => matchTiers.indexOf(m.tier));
        expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
        for (const { item, positions } of results) {
          expect(positions.length).toBeGreaterThan(0);
          expect(positions.every((p, i) => p < Array.from(item.name).length && (i === 0 || p > (positions[i - 1] ?? -1)))).toBe(true);
        }
      }),
    );
  });

  it('answers a keystroke over 300 items in well under a frame', () => {
    const many = Array.from({ length: 300 }, (_, i) => ({
      id: `m${i}`,
      name: Array.from({ length: 3 + (i % 8) }, (_, j) => hanzi[(i * 7 + j * 13) % hanzi.length]).join(''),
    }));
    const building = performance.now();
    const big = buildPinyinIndex(many);
    const buildMs = performance.now() - building;
    const queries = ['z', 'zc', 'zhuc', 'gxz', 'laji', 'wzt', '停车', 'lu', 'x', 'dongxi'];
    const started = performance.now();
    for (let round = 0; round < 10; round++) for (const q of queries) searchPinyinIndex(big, q, 20);
    const perSearch = (performance.now() - started) / (10 * queries.length);
    console.log(`pinyin index of 300 items: built in ${buildMs.toFixed(1)} ms, ${perSearch.toFixed(2)} ms per keystroke`);
    expect(perSearch).toBeLessThan(10);
  });
});

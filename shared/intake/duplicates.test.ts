import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseStatuses } from '../case/vocabulary';
import { categoryCharWeights } from './char-weights';
import { trainClassifier } from './classifier';
import {
  findDuplicates,
  openCasesOfCategory,
  settledStatuses,
  similarTextThreshold,
  similarTextThresholdSuggestedUnweighed,
  similarTextThresholdWithoutCategoryUnweighed,
  similarTextWindowMs,
  type DuplicateCandidate,
  type DuplicateDraft,
} from './duplicates';

const at = '2026-11-26T02:00:00.000Z';
const daysBefore = (days: number) => new Date(Date.parse(at) - days * 24 * 60 * 60 * 1000).toISOString();

const draft: DuplicateDraft = {
  phone: '+8613800138000',
  committeeId: 'lvdi',
  categoryId: 'road',
  description: '金高路桥下有个大坑，电动车差点摔倒',
  at,
};

const base: DuplicateCandidate = {
  id: 'x',
  number: 'GH01-20261120-0001',
  phone: '+8613900139000',
  committeeId: 'lvdi',
  categoryId: 'road',
  categoryName: '道路破损',
  description: '金高路桥下面路上有个坑，很危险',
  registeredAt: daysBefore(2),
  status: 'dispatched',
};
const make = (id: string, fields: Partial<DuplicateCandidate>): DuplicateCandidate => ({ ...base, id, ...fields });

describe('findDuplicates', () => {
  const waterCut = { ...draft, phone: '+8613700137000', committeeId: 'lvdi', categoryId: 'watercut', description: '家里水龙头一滴水都没有，12号楼整栋都断水了' };
  const firstCall = make('w1', {
    committeeId: 'lvdi',
    categoryId: 'watercut',
    description: '绿地小区十二号楼从早上开始停水了，到现在还没来水',
    registeredAt: new Date(Date.parse(at) - 2 * 60_000).toISOString(),
  });
  const synonyms = [{ id: 's', term: '停水', forms: ['断水', '没水'] }];

  it('offers the same water cut told in other words two minutes apart, also before a category is chosen', () => {
    expect(findDuplicates(waterCut, [firstCall], synonyms).map((m) => m.reasons)).toEqual([['similar_text']]);
    expect(findDuplicates({ ...waterCut, categoryId: null }, [firstCall], synonyms).map((m) => m.candidate.id)).toEqual(['w1']);
    // Another problem of the same committee and category is not offered.
    const pipe = make('w2', { committeeId: 'lvdi', categoryId: 'watercut', description: '小区东门口的自来水管爆了，水哗哗往外冒', registeredAt: firstCall.registeredAt });
    expect(findDuplicates(waterCut, [pipe], synonyms)).toEqual([]);
  });

  it('with character weights from the category model, still tells the same water cut from another problem of its category', () => {
    const weights = categoryCharWeights(
      trainClassifier([
        { text: '12号楼停水了，一直没来水', label: 'watercut' },
        { text: '小区停水，水龙头没有水', label: 'watercut' },
        { text: '楼上半夜很吵', label: 'noise' },
      ]),
    );
    const pipe = make('w2', { committeeId: 'lvdi', categoryId: 'watercut', description: '小区东门口的自来水管爆了，水哗哗往外冒', registeredAt: firstCall.registeredAt });
    expect(findDuplicates(waterCut, [pipe, firstCall], synonyms, weights).map((m) => m.candidate.id)).toEqual(['w1']);
  });

  it("before a category is chosen, asks less of a case of the model's suggested category, and no less of any other", () => {
    const lamp = make('l1', {
      committeeId: 'senlan',
      categoryId: 'streetlight',
      categoryName: '路灯',
      description: '北门口那盏路灯一直不亮，晚上回家很害怕',
      registeredAt: new Date(Date.parse(at) - 2 * 60_000).toISOString(),
    });
    const call = { ...draft, phone: null, committeeId: 'senlan', categoryId: null, description: '小区北大门外面的街灯坏了，好几天都没人修' };
    const groups = [{ id: 'l', term: '路灯', forms: ['街灯'] }];
    const [chosen] = findDuplicates({ ...call, categoryId: 'streetlight' }, [lamp], groups);
    // The same dark lamp, told in other words: enough once the category is known or suggested, not without either.
    expect(chosen?.similarity).toBeGreaterThanOrEqual(similarTextThresholdSuggestedUnweighed);
    expect(chosen?.similarity).toBeLessThan(similarTextThresholdWithoutCategoryUnweighed);
    expect(findDuplicates(call, [lamp], groups)).toEqual([]);
    expect(findDuplicates({ ...call, suggestedCategoryIds: ['streetlight'] }, [lamp], groups).map((m) => m.candidate.id)).toEqual(['l1']);
    expect(findDuplicates({ ...call, suggestedCategoryIds: ['manhole'] }, [lamp], groups)).toEqual([]);
    // A chosen category outranks a suggestion: the rule is the chosen one's.
    expect(findDuplicates({ ...call, categoryId: 'manhole', suggestedCategoryIds: ['streetlight'] }, [lamp], groups)).toEqual([]);
  });

  it('offers an open case of the same caller, whatever its age and topic', () => {
    const old = make('a', { phone: draft.phone, description: '楼道灯坏了', categoryId: 'repair', registeredAt: daysBefore(40) });
    const [match, ...rest] = findDuplicates(draft, [old]);
    expect(rest).toEqual([]);
    expect(match?.reasons).toEqual(['same_phone']);
    expect(match?.similarity).toBeLessThan(0.1);
  });

  it('offers a recent case of another caller about the same problem in the same committee and category', () => {
    const [match] = findDuplicates(draft, [make('b', {})]);
    expect(match?.reasons).toEqual(['similar_text']);
    expect(match?.similarity).toBeGreaterThanOrEqual(similarTextThreshold);
  });

  it('does not offer similar text from another committee, another category, or more than 7 days ago', () => {
    expect(
      findDuplicates(draft, [
        make('c', { committeeId: 'other' }),
        make('d', { categoryId: 'other' }),
        make('e', { registeredAt: daysBefore(7.01) }),
        make('f', { description: '人行道地砖松动翘起来了，老人走路容易绊倒' }),
      ]),
    ).toEqual([]);
    expect(findDuplicates(draft, [make('g', { registeredAt: daysBefore(7) })])).toHaveLength(1);
  });

  it('tells two lifts of one estate apart by their building numbers, however the numbers are written', () => {
    const lift = { ...draft, committeeId: 'dj', categoryId: 'lift', description: '五号楼电梯故障，已经三天没修好了' };
    const same = make('same', { committeeId: 'dj', categoryId: 'lift', categoryName: '电梯故障', description: '5号楼的电梯停运好几天，物业说在等配件' });
    const other = make('other', { committeeId: 'dj', categoryId: 'lift', categoryName: '电梯故障', description: '8号楼电梯停运好几天了，物业说在等配件' });
    expect(findDuplicates(lift, [other, same]).map((m) => m.candidate.id)).toEqual(['same']);
  });

  it("does not count the category's own words as evidence: two 助餐 calls about delivery and taste are two problems", () => {
    const meal = { ...draft, committeeId: 'lvdi', categoryId: 'meal', description: '老人订的助餐三天没送到' };
    const taste = make('taste', { committeeId: 'lvdi', categoryId: 'meal', categoryName: '助餐', description: '助餐的饭菜太咸太硬了，老人吃不了' });
    const delivery = make('delivery', { committeeId: 'lvdi', categoryId: 'meal', categoryName: '助餐', description: '助餐这三天都没有送到，老人没饭吃' });
    expect(findDuplicates(meal, [taste, delivery]).map((m) => m.candidate.id)).toEqual(['delivery']);
  });

  it('never offers a closed, answered or merged case', () => {
    const settled = settledStatuses.map((status, i) => make(`s${i}`, { status, phone: draft.phone }));
    expect(findDuplicates(draft, settled)).toEqual([]);
  });

  it('ignores the phone of an anonymous caller', () => {
    expect(findDuplicates({ ...draft, phone: null }, [make('h', { phone: null, description: '无关' })])).toEqual([]);
  });

  it('ranks both reasons first, then similarity, then the newest', () => {
    const both = make('both', { phone: draft.phone });
    const close = make('close', { description: '金高路桥下有个大坑，差点摔倒' });
    const far = make('far', {});
    const farNewer = make('farNewer', { registeredAt: daysBefore(1) });
    const phoneOnly = make('phoneOnly', { phone: draft.phone, categoryId: 'other', description: '噪音' });
    expect(findDuplicates(draft, [phoneOnly, far, farNewer, close, both]).map((m) => m.candidate.id)).toEqual([
      'both',
      'close',
      'farNewer',
      'far',
      'phoneOnly',
    ]);
  });

  const texts = [
    '金高路桥下有个大坑，电动车差点摔倒',
    '金高路桥下面路上有个坑，很危险',
    '金高路桥下有个坑',
    '楼上半夜拖椅子吵得睡不着',
    '垃圾箱房三天没清运',
  ];
  const candidateArb = fc.record({
    phone: fc.constantFrom('+8613800138000', '+8613900139000', null),
    committeeId: fc.constantFrom('lvdi', 'other'),
    categoryId: fc.constantFrom('road', 'other'),
    description: fc.constantFrom(...texts),
    ageMs: fc.integer({ min: -similarTextWindowMs, max: 3 * similarTextWindowMs }),
    status: fc.constantFrom(...caseStatuses),
  });
  const candidatesArb = fc.array(candidateArb, { maxLength: 25 }).map((list) =>
    list.map(({ ageMs, ...fields }, i): DuplicateCandidate => ({
      ...fields,
      id: `k${i}`,
      number: `GH01-20261126-${String(i + 1).padStart(4, '0')}`,
      registeredAt: new Date(Date.parse(at) - ageMs).toISOString(),
    })),
  );
  const draftArb = fc.record({
    phone: fc.constantFrom('+8613800138000', null),
    committeeId: fc.constant('lvdi'),
    categoryId: fc.constant('road'),
    description: fc.constantFrom(...texts),
    at: fc.constant(at),
  });

  it('never offers a case older than 7 days on text alone, nor a settled case', () => {
    fc.assert(
      fc.property(draftArb, candidatesArb, (d, candidates) => {
        for (const { candidate, reasons } of findDuplicates(d, candidates)) {
          expect(settledStatuses).not.toContain(candidate.status);
          if (!reasons.includes('same_phone')) {
            expect(Date.parse(d.at) - Date.parse(candidate.registeredAt)).toBeLessThanOrEqual(similarTextWindowMs);
          }
        }
      }),
    );
  });

  it('a suggested category only adds offers: every case offered without it is still offered, and none of another committee', () => {
    const suggestionsArb = fc.subarray(['road', 'other']);
    fc.assert(
      fc.property(draftArb, candidatesArb, suggestionsArb, (d, candidates, suggested) => {
        const before = { ...d, categoryId: null };
        const withSuggestion = findDuplicates({ ...before, suggestedCategoryIds: suggested }, candidates);
        const ids = new Set(withSuggestion.map((m) => m.candidate.id));
        for (const m of findDuplicates(before, candidates)) expect(ids.has(m.candidate.id)).toBe(true);
        for (const m of withSuggestion) if (!m.reasons.includes('same_phone')) expect(m.candidate.committeeId).toBe(d.committeeId);
      }),
      { seed: 26 },
    );
  });

  it("lists the committee's other open cases of the chosen category, newest first, none offered already and none settled or old", () => {
    fc.assert(
      fc.property(draftArb, candidatesArb, (d, candidates) => {
        const offered = new Set(findDuplicates(d, candidates).map((m) => m.candidate.id));
        const listed = openCasesOfCategory(d, candidates, offered, 3);
        const open = candidates.filter(
          (c) =>
            !offered.has(c.id) &&
            !settledStatuses.some((s) => s === c.status) &&
            c.committeeId === d.committeeId &&
            c.categoryId === d.categoryId &&
            Date.parse(d.at) - Date.parse(c.registeredAt) <= similarTextWindowMs,
        );
        expect(listed.length).toBe(Math.min(3, open.length));
        for (const c of listed) expect(open).toContain(c);
        const times = listed.map((c) => Date.parse(c.registeredAt));
        expect(times).toEqual([...times].sort((a, b) => b - a));
        // The newest are the ones listed.
        const oldestListed = Math.min(...times);
        for (const c of open) if (!listed.includes(c)) expect(Date.parse(c.registeredAt)).toBeLessThanOrEqual(oldestListed);
        expect(openCasesOfCategory({ ...d, categoryId: null }, candidates, offered, 3)).toEqual([]);
      }),
      { seed: 1202 },
    );
  });

  it('ranks the same way whatever order the candidates come in', () => {
    const permutedArb = candidatesArb.chain((list) =>
      fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
    );
    fc.assert(
      fc.property(draftArb, permutedArb, (d, [candidates, shuffled]) => {
        const ids = (list: readonly DuplicateCandidate[]) => findDuplicates(d, list).map((m) => m.candidate.id);
        expect(ids(shuffled)).toEqual(ids(candidates));
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairEvidence, sameProblemScore } from './duplicate-score';
import { similarTextThreshold } from './duplicates';

const hour = 3_600_000;
const synonyms = [
  { id: 's', term: '停水', forms: ['断水', '没水', '不来水'] },
  { id: 'w', term: '违章搭建', forms: ['违建'] },
];
const score = (a: string, b: string, topic: string, msApart = 2 * 60_000) => sameProblemScore(pairEvidence(a, b, topic, msApart, synonyms));

const calls = [
  '绿地小区12号楼从早上开始停水了，到现在还没来水',
  '家里水龙头一滴水都没有，12号楼整栋都断水了',
  '十二号楼今天突然不来水了，老人没法做饭',
  '小区东门口的自来水管爆了，水哗哗往外冒',
  '感谢自来水公司，我们12号楼下午已经来水了',
  '8号楼停水了',
  '22号楼楼顶有人违建，搭了一个大棚子',
  '',
];

describe('sameProblemScore', () => {
  it('scores the same water cut told in other words high, another problem of the same category low', () => {
    expect(score(calls[0] ?? '', calls[1] ?? '', '停水')).toBeGreaterThan(0.8);
    expect(score(calls[1] ?? '', calls[2] ?? '', '停水')).toBeGreaterThan(0.8);
    expect(score(calls[0] ?? '', calls[3] ?? '', '停水')).toBeLessThan(similarTextThreshold);
  });

  it('tells another building apart, and never takes a thanks for the matter as a repeat of the complaint', () => {
    expect(score(calls[1] ?? '', calls[5] ?? '', '停水')).toBeLessThan(score(calls[1] ?? '', '12号楼停水了', '停水'));
    expect(score(calls[1] ?? '', calls[5] ?? '', '停水')).toBeLessThan(similarTextThreshold);
    expect(score(calls[0] ?? '', calls[4] ?? '', '停水')).toBeLessThan(similarTextThreshold);
    // A complaint that only closes with 谢谢 is still a complaint.
    expect(score(calls[0] ?? '', '12号楼停水了，请尽快处理，谢谢', '停水')).toBeGreaterThan(0.8);
  });

  it('reads a form of a synonym group as its full term (二房东 → 群租): the calls then share it', () => {
    const groups = [{ id: 'q', term: '群租', forms: ['群租房', '二房东'] }];
    const [a, b] = ['被二房东隔成小间出租', '是群租房，住了十几个人'];
    expect(sameProblemScore(pairEvidence(a, b, '', 0, groups))).toBeGreaterThan(sameProblemScore(pairEvidence(a, b, '', 0, [])));
  });

  it('weighs what is wrong apart from where: one street with two faults scores below one fault told twice', () => {
    const pothole = '东沟路上有个大坑，电动车开过去差点摔倒';
    const kerb = '东沟路人行道的地砖松了，一踩就翘起来';
    const potholeAgain = '东沟路那个坑越来越大，很危险';
    expect(score(pothole, kerb, '道路')).toBeLessThan(similarTextThreshold);
    // Offered with room to spare: twice the threshold.
    expect(score(pothole, potholeAgain, '道路')).toBeGreaterThan(2 * similarTextThreshold);
  });

  const text = fc.constantFrom(...calls);
  const gap = fc.integer({ min: 0, max: 14 * 24 * hour });

  it('is symmetric: which call came first does not matter', () => {
    fc.assert(
      fc.property(text, text, gap, (a, b, ms) => {
        expect(score(a, b, '停水', ms)).toBeCloseTo(score(b, a, '停水', -ms), 12);
      }),
      { seed: 23 },
    );
  });

  it('never rises as the calls lie further apart, and stays a probability', () => {
    fc.assert(
      fc.property(text, text, gap, gap, (a, b, x, y) => {
        const [near, far] = x <= y ? [x, y] : [y, x];
        const s = score(a, b, '停水', far);
        expect(s).toBeLessThanOrEqual(score(a, b, '停水', near));
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
      }),
      { seed: 23 },
    );
  });
});

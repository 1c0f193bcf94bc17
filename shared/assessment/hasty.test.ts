import { describe, expect, it } from 'vitest';
import { hastyDeductionId, hastyFlags, shingles, similarity, standingHastyCases, type RepliedCase } from './hasty';
import { defaultAssessmentRule } from './rule';

function replied(id: string, at: string, text: string, over: Partial<RepliedCase> = {}): RepliedCase {
  return {
    id,
    clockStartedAt: '2026-11-02T00:00:00.000Z',
    contact: { at: '2026-11-02T00:30:00.000Z', method: 'phone', summary: '' },
    reply: { unitId: 'A', result: text, answer: '', closureCode: 'explained', justification: '', at, by: 'h' },
    ...over,
  };
}

describe('hasty-closure flags', () => {
  it('bigram similarity: same text 1, unrelated 0, punctuation ignored', () => {
    expect(similarity(shingles('已联系居民，问题已解决。'), shingles('已联系居民问题已解决'))).toBe(1);
    expect(similarity(shingles('路灯已修复'), shingles('垃圾清运完毕'))).toBe(0);
    // 甲乙丙丁 vs 甲乙丙戊: {甲乙,乙丙,丙丁} ∩ {甲乙,乙丙,丙戊} = 2 of 4.
    expect(similarity(shingles('甲乙丙丁'), shingles('甲乙丙戊'))).toBe(0.5);
  });

  it('flags a reply within 15 minutes of dispatch with no contact, but not one after a contact', () => {
    const quick = replied('q', '2026-11-02T00:10:00.000Z', '已处理路灯', { contact: null });
    const slow = replied('s', '2026-11-02T00:40:00.000Z', '垃圾桶已更换', { contact: null });
    const contacted = replied('k', '2026-11-02T00:05:00.000Z', '已经上门查看水管');
    expect(hastyFlags([quick, slow, contacted], [], defaultAssessmentRule).map((f) => [f.caseId, f.kind])).toEqual([['q', 'quick_no_contact']]);
  });

  it('flags a reply copied from the unit’s earlier one, pointing at it, and not across units', () => {
    const text = '经核实，已联系物业于本周内完成维修，居民表示认可。';
    const first = replied('a1', '2026-11-02T02:00:00.000Z', text);
    const copy = replied('a2', '2026-11-03T02:00:00.000Z', text.replace('本周', '本月'));
    const other = replied('b1', '2026-11-04T02:00:00.000Z', text, {
      reply: { ...copy.reply!, unitId: 'B', at: '2026-11-04T02:00:00.000Z', result: text },
    });
    // 21 bigrams each, 19 shared (本周内 → 本月内 changes two): 19 / 23 = 0.83 ≥ 0.8.
    const flags = hastyFlags([copy, other, first], [], defaultAssessmentRule);
    expect(flags).toEqual([{ caseId: 'a2', unitId: 'A', kind: 'copied_reply', similarTo: 'a1' }]);
  });

  it('flags a case called solved that the callback says is not, once, and a ruling can overturn the flag', () => {
    const flags = hastyFlags(
      [],
      [
        { type: 'case.replied', caseId: 'x', unitId: 'A', closureCode: 'solved' },
        { type: 'case.evaluated', caseId: 'x', resolved: false },
        { type: 'case.replied', caseId: 'x', unitId: 'A', closureCode: 'solved' },
        { type: 'case.evaluated', caseId: 'x', resolved: false },
        // Explained, not claimed solved; and solved that the citizen confirms: no flag.
        { type: 'case.replied', caseId: 'y', unitId: 'A', closureCode: 'explained' },
        { type: 'case.evaluated', caseId: 'y', resolved: false },
        { type: 'case.replied', caseId: 'z', unitId: 'A', closureCode: 'solved' },
        { type: 'case.evaluated', caseId: 'z', resolved: true },
      ],
      defaultAssessmentRule,
    );
    expect(flags).toEqual([{ caseId: 'x', unitId: 'A', kind: 'solved_not_resolved', similarTo: null }]);
    expect(standingHastyCases(flags, new Set())).toEqual(new Set(['x']));
    expect(standingHastyCases(flags, new Set([hastyDeductionId(flags[0]!)]))).toEqual(new Set());
  });
});

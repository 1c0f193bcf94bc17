import { describe, expect, it } from 'vitest';
import { hastyFlags, type RepliedCase } from '../../assessment/hasty';
import { defaultAssessmentRule } from '../../assessment/rule';
import { generateDemoCases } from '../generator';
import { mulberry32 } from '../random';
import { demoReply } from './replies';

/** One unit's replies to the demo's cases of one category, a day apart: the hardest case for telling copies from care. */
function repliesOf(copies: boolean, categoryId: string): RepliedCase[] {
  const rng = mulberry32(14);
  const cases = [...generateDemoCases({ count: 4000, seed: 7, from: new Date('2026-09-01T00:00:00Z'), to: new Date('2026-12-01T00:00:00Z') })]
    .filter((c) => c.categoryId === categoryId)
    .slice(0, 120);
  return cases.map((c, i) => {
    const at = new Date(Date.parse('2026-09-01T02:00:00Z') + i * 86_400_000).toISOString();
    return {
      id: `c${i}`,
      clockStartedAt: '2026-09-01T00:00:00.000Z',
      contact: { at, method: 'phone', summary: '' },
      reply: { unitId: 'unit.x', ...demoReply(c, rng, copies), closureCode: 'solved', justification: '', at, by: 'h' },
    };
  });
}

const copiedShare = (replies: RepliedCase[]) =>
  hastyFlags(replies, [], defaultAssessmentRule).filter((f) => f.kind === 'copied_reply').length / replies.length;

describe('the demo’s replies against the copied-reply check', () => {
  it('a careful unit’s replies, written from each case, are almost never flagged, even within one category', () => {
    for (const category of ['cat.ageing.meal', 'cat.noise.neighbour']) {
      const replies = repliesOf(false, category);
      expect(replies.length).toBeGreaterThan(40);
      expect(copiedShare(replies)).toBeLessThan(0.03);
    }
  });
  it('the hasty unit’s pasted lines are flagged nearly every time after the first few', () => {
    expect(copiedShare(repliesOf(true, 'cat.ageing.meal'))).toBeGreaterThan(0.9);
  });
});

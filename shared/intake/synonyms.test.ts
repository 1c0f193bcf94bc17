import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoSynonyms } from '../demo/synonyms';
import { synonymForms, withFullTerms, type SynonymGroup } from './synonyms';

const groups: SynonymGroup[] = [
  { id: 's1', term: '违章搭建', forms: ['违建', '私搭乱建'] },
  { id: 's2', term: '停水', forms: ['断水', '没水'] },
];

describe('synonyms', () => {
  it('gives every form of a word a group holds, and the word alone otherwise', () => {
    expect(synonymForms(groups, '违建')).toEqual(['违章搭建', '违建', '私搭乱建']);
    expect(synonymForms(groups, '违章搭建')).toEqual(['违章搭建', '违建', '私搭乱建']);
    expect(synonymForms(groups, '路灯')).toEqual(['路灯']);
  });

  it('writes every form as the full term, and leaves the full term as it is', () => {
    expect(withFullTerms(groups, '楼顶有人违建，还有私搭乱建')).toBe('楼顶有人违章搭建,还有违章搭建');
    expect(withFullTerms(groups, '举报违章搭建')).toBe('举报违章搭建');
    expect(withFullTerms(groups, '小区断水了')).toBe('小区停水了');
  });

  it('holds each word of the demo list in one group only, as the admin screen requires of any list', () => {
    const words = demoSynonyms.flatMap((g) => [g.term, ...g.forms]);
    expect(new Set(words).size).toBe(words.length);
  });

  it('reads the same text the same way however often the list is asked (its sorted forms are kept per list)', () => {
    const text = '电梯咯噔咯噔响，半夜还有怪声音';
    const once = withFullTerms(demoSynonyms, text);
    expect(once).toBe('电梯异响异响响,夜间还有异响');
    expect(withFullTerms(demoSynonyms, text)).toBe(once);
    expect(withFullTerms([...demoSynonyms], text)).toBe(once);
  });

  it('leaves a text already written in full terms as it is, whatever the demo forms it was made of', () => {
    const words = [...demoSynonyms.flatMap((g) => [g.term, ...g.forms]), '了', '的', '12号楼', '门口', '响', '电', '夜'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 8 }), (parts) => {
        const once = withFullTerms(demoSynonyms, parts.join(''));
        expect(withFullTerms(demoSynonyms, once)).toBe(once);
      }),
      { seed: 36, numRuns: 500 },
    );
  });
});

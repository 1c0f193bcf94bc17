import { describe, expect, it } from 'vitest';
import { bigramSet, charNgrams, dice, textRuns } from './ngrams';

describe('n-grams', () => {
  it('splits on punctuation and spaces, folding full-width and case', () => {
    expect(textRuns('３号楼 Lift坏了，快修！')).toEqual(['3号楼', 'lift坏了', '快修']);
  });

  it('cuts 1–3-grams inside each run, never across a comma', () => {
    expect(charNgrams('噪音，扰民', 1, 2)).toEqual(['噪', '音', '噪音', '扰', '民', '扰民']);
    expect(charNgrams('垃圾房', 3, 3)).toEqual(['垃圾房']);
  });

  it('keeps a lone character as its own bigram, and measures overlap with Dice', () => {
    expect([...bigramSet('火，大坑')]).toEqual(['火', '大坑']);
    expect(dice(bigramSet('金高路大坑'), bigramSet('金高路大坑'))).toBe(1);
    expect(dice(bigramSet('金高路'), bigramSet('大坑'))).toBe(0);
    expect(dice(new Set(), new Set())).toBe(0);
    expect(dice(new Set(['ab', 'bc']), new Set(['bc', 'cd', 'de', 'ef']))).toBeCloseTo(1 / 3);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoSynonyms } from '../demo/synonyms';
import { problemText } from './problem-text';
import { nightTimesAsWords } from './time-words';

describe('nightTimesAsWords', () => {
  it('reads a late-evening or small-hours clock time as the night the other callers name', () => {
    expect(nightTimesAsWords('工地晚上十一点还在打桩')).toBe('工地夜间还在打桩');
    expect(nightTimesAsWords('楼上晚上12点了还在跳')).toBe('楼上夜间了还在跳');
    expect(nightTimesAsWords('一直吵到凌晨两点')).toBe('一直吵到夜间');
    expect(nightTimesAsWords('半夜３点还在施工')).toBe('夜间还在施工');
    // With the demo list, 半夜 and 晚上十一点 are then one word.
    expect(problemText('半夜还在打桩', demoSynonyms)).toBe(problemText('晚上十一点还在打桩', demoSynonyms));
  });

  it('leaves the day and the early evening alone: noon, 九点, a bare 十二点', () => {
    for (const text of ['中午12点不到就没有饭菜了', '广场舞放到晚上九点多', '十二点以后还在吵', '早上六点就开始施工', '凌晨']) {
      expect(nightTimesAsWords(text)).toBe(text);
    }
  });

  it('reads a text once for all: already read, it stays as it is, and night words added around it never undo it', () => {
    const piece = fc.constantFrom('晚上', '十一点', '凌晨', '两点', '半夜', '夜间', '12点', '中午', '施工', '，', '九点', '3点');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const once = nightTimesAsWords(pieces.join(''));
        expect(nightTimesAsWords(once)).toBe(once);
      }),
      { seed: 46 },
    );
  });
});

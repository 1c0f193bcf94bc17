import { describe, expect, it } from 'vitest';
import { isPraiseCall } from './praise';

describe('isPraiseCall', () => {
  it.each([
    ['感谢自来水公司，我们12号楼下午已经来水了'],
    ['想表扬一下抢修的师傅，水这么快就恢复了'],
    ['5号楼电梯今天修好了，谢谢物业和维保师傅，辛苦了'],
  ])('reads %s as praise', (text) => expect(isPraiseCall(text)).toBe(true));

  it.each([
    ['12号楼停水了，请尽快处理，谢谢'],
    ['路灯坏了好几天了，麻烦尽快派人来修，谢谢你们！'],
    ['电梯坏了三天没人修'],
  ])('reads %s as a complaint: a closing 谢谢 is courtesy', (text) => expect(isPraiseCall(text)).toBe(false));
});

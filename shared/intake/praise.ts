/** Words of thanks or praise: 感谢, 谢谢, 表扬, 锦旗, 多亏. */
export const thanks = /感谢|谢谢|表扬|致谢|锦旗|多亏|幸亏|点赞/u;

/** A closing courtesy after a request (…请尽快来修，谢谢): said by complaints too, so it makes no call a praise. */
const signOff = /[，,。\s]*谢谢(?:你们|您|了)?[。！!\s]*$/u;

/** A call whose point is thanks or praise (a 表扬 call), not a complaint that ends politely. */
export function isPraiseCall(text: string): boolean {
  return thanks.test(text.normalize('NFKC').replace(signOff, ''));
}

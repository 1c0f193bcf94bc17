/**
 * Clock times of the night written as 夜间, the word the demo synonym list reads 半夜, 深夜, 夜里
 * and 凌晨 as: one caller says 半夜, the next 晚上十一点, and both mean the hours the noise rules
 * call night (22:00–06:00). Only a time the text places in the evening or the small hours is
 * read so: a bare 十二点 may be noon (助餐's 中午12点).
 */
const evening = /(?:晚上|夜里|夜间|半夜|深夜)(?:十点|十一点|十二点|1[0-2]点|2[2-4]点)/gu;
const smallHours = /(?:凌晨|半夜|夜里|深夜)(?:[一二两三四五]|[1-5])点/gu;

export function nightTimesAsWords(text: string): string {
  let out = text.normalize('NFKC').replace(evening, '夜间').replace(smallHours, '夜间');
  const v = process.env.DUP5_NIGHT ?? '1';
  if (v.includes('e')) out = out.replace(/晚上|夜晚/gu, '夜间');
  if (v.includes('m')) out = out.replace(/早上|早晨|清晨|一大早|一早/gu, '早上');
  return out;
}

import type { CaseRecord } from '../../case/record';
import { pick, randomInt, type Rng } from '../random';

/** What a unit that copies its replies writes every time (the demo's hasty unit): the copied-reply flag's real target. */
const templated = {
  results: ['已现场查看并处理完毕', '已协调相关单位落实整改', '已安排人员上门服务'],
  answers: ['已电话告知来电人处理结果，来电人表示认可', '已向来电人说明处理情况和后续安排'],
} as const;

const visits = ['工作人员到现场核实', '承办人上门查看', '会同物业到场察看', '安排网格员走访', '派专人实地踏勘', '电话联系后到场'];
const actions = [
  '已督促责任方当场整改，复查合格',
  '已落实专人跟进，问题已消除',
  '已协调相关部门联合处置完毕',
  '已现场修复并拍照留档',
  '已约谈责任方并签订整改承诺',
  '已纳入日常巡查，连续跟踪无反复',
  '已调整服务安排，当天起落实',
  '已清理完毕并加装提示标识',
];
const followUps = ['下周再回访一次', '后续由网格员每周巡查', '如有反复可直接联系居委', '已留下承办人联系电话', '将在月底前复核效果', '已书面告知处理依据'];
const reactions = ['来电人表示满意', '来电人对处理结果认可', '来电人表示理解并感谢', '来电人同意办结', '来电人表示情况已好转'];

/** The first clause of the caller's words, which a careful reply restates. */
function matter(description: string): string {
  const first = description.split(/[，。；！？,.;!?]/)[0] ?? description;
  return first.slice(0, 30);
}

/**
 * A reply as a unit writes it: a careful unit restates the case (where, what) and what it did, in
 * its own words each time; the demo's hasty unit pastes the same few lines, which the
 * copied-reply check (shared/assessment/hasty.ts) then rightly flags.
 */
export function demoReply(c: Pick<CaseRecord, 'address' | 'description' | 'caller'>, rng: Rng, copies: boolean): { result: string; answer: string } {
  if (copies) return { result: pick(rng, templated.results), answer: pick(rng, templated.answers) };
  const who = c.caller.name ? `来电人${c.caller.name}` : '来电人';
  const place = c.address || '现场';
  const days = randomInt(rng, 1, 9);
  return {
    result: `${pick(rng, visits)}（${place}）：${matter(c.description)}。${pick(rng, actions)}，用时 ${days} 天，${pick(rng, followUps)}。`,
    answer: `已${pick(rng, ['电话', '当面', '短信'])}告知${who}处理经过，${pick(rng, reactions).replace('来电人', '')}。`,
  };
}

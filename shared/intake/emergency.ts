import { thanks } from './praise';

/**
 * Emergency diversion: emergencies are not the hotline's (DESIGN.md §5). A description that
 * reads like fire, crime in progress or a medical emergency prompts the operator to transfer the
 * caller. Keyword lists, not a model: a miss here costs lives, so every rule must be readable,
 * and a false alarm costs only one key press.
 */
export const emergencyServices = ['119', '110', '120'] as const;
export type EmergencyService = (typeof emergencyServices)[number];

export interface EmergencyMatch {
  /** Where to transfer first: fire and explosions (119) before violence (110) before medical (120), as 110 and 119 call 120 in themselves. */
  readonly service: EmergencyService;
  /** The phrases that triggered it, in text order, for the banner. */
  readonly matched: readonly string[];
  /** Other services the text also reads like (a fight with heavy bleeding: 110, also 120). */
  readonly also: readonly EmergencyService[];
}

interface Rule {
  readonly service: EmergencyService;
  readonly pattern: RegExp;
}

const rules: readonly Rule[] = [
  { service: '119', pattern: /着火|起火|失火|火灾|大火|火势|火苗|浓烟|冒.?烟|烧起来|烧着了|冒火花|冒火星/gu },
  { service: '119', pattern: /爆炸|爆燃|炸开了/gu },
  // Gas leaks go to 119 in China (the fire service handles hazardous leaks).
  { service: '119', pattern: /(?:煤气|燃气|天然气|液化气|液化石油气)(?:罐|瓶|管道?)?(?:泄漏|泄露|漏气|漏了|味)/gu },
  { service: '119', pattern: /快(?:打|叫|拨)?119/gu },
  { service: '110', pattern: /打架|斗殴|打人|殴打|被打|打砸|砍人|捅人|持刀|拿刀|拿着刀|持械|行凶|杀人|绑架|劫持|家暴|家庭暴力|性侵|猥亵|闹事/gu },
  { service: '110', pattern: /抢劫|抢包|抢钱|小偷|偷东西|被偷|偷走|偷车|偷拍|盗窃|被盗|入室|撬门|撬锁/gu },
  { service: '110', pattern: /走失|走丢了|失踪/gu },
  { service: '110', pattern: /我要报警|帮我报警|快报警|快(?:打|叫|拨)?110/gu },
  {
    service: '120',
    pattern: /晕倒|昏倒|晕过去|昏过去|昏迷|不省人事|没有呼吸|没呼吸|停止呼吸|呼吸困难|喘不上气|心跳停|心脏骤停|心脏病(?:发|犯)|心梗|心肌梗|中风|脑梗|休克|抽搐|口吐白沫/gu,
  },
  { service: '120', pattern: /大出血|血流不止|流血不止|流了很多血|满身是血|(?:摔倒|跌倒|摔)了?.{0,4}起不来/gu },
  { service: '120', pattern: /喝了?农药|服毒|吞药|吃了很多安眠药|割腕|触电|溺水/gu },
  { service: '120', pattern: /快?(?:叫|喊|需要|来)(?:一?辆|个)?救护车|快(?:打|叫|拨)?120/gu },
];

/**
 * Everyday complaints that contain an emergency word: blocked fire lanes, fire-safety checks,
 * fire hazards, alarm devices, chimney and exhaust smoke, kitchen fumes, "disturbed" (被打扰),
 * anti-theft doors, medium-risk areas, first-aid training, and 未成年 (which is not 未, "not").
 * Masked before the rules run.
 */
const benign =
  /消防(?:通道|车道|栓|设施|器材|检查|安全|演练|隐患|整改)|防火|火灾(?:隐患|风险|报警|探测)|(?:燃气|煤气|烟感|烟雾|泄漏|泄露|火灾)?报警器|(?:烟囱|排气管|尾气|油烟机).{0,3}冒.?烟|油烟|火锅|上火|发火|火气|打扰|打开|打人工|防盗|中风险|急救(?:培训|知识|箱|包|课)|未成年/gu;

/** A negation right before the word, at most two characters away: 没有着火, 不是打架, 没人打架, 不需要救护车. */
// A bare 不 only right before the word (不需要救护车): two characters on, 不远处有人打架 is no negation.
const negated = /(?:(?:没有|没|不是|并非|并没有|未|不用|不需要|无需)[^，。！？；,.!?;]{0,2}|不)$/u;
/** A worry or a hypothesis a little before it: 担心会着火, 容易引发火灾, 差点晕倒, 小心触电, 热得快晕倒了. */
const hypothetical = /(?:差点|险些|快要|担心|害怕|生怕|以免|避免|防止|预防|以防|谨防|小心|万一|如果|容易)[^，。！？；,.!?;]{0,4}$|快$/u;

/** How far back a negation or a worry can sit before the word it governs. */
const lookBack = 8;

/** A time already past earlier in the same sentence: 上个月我爸晕倒, 去年楼里着过火. */
const pastTime = /上周|上礼拜|上个?月|前几天|前些天|前天|昨天|昨晚|去年|那天|那次|当时|之前|以前|曾经|上次/u;
/** The sentence goes on to say it is over: 已经扑灭了, 后来送医, 抢救过来了. */
const overSince = /已经?(?:扑灭|灭了|送医|送到医院|抢救过来|脱险|没事|好了|出院|处理好)|后来|幸好|多亏|及时赶到/u;
/** A call that thanks (praise.ts) tells of a rescue that is over, unless it also says something is happening now. */
const happeningNow = /现在|正在|马上|赶紧|立刻|快来|救命|快(?:打|叫|拨)/u;
const sentenceEnd = /[。！？；!?;]/u;

/** The sentence around a hit: from the previous sentence end to the next. */
function sentenceAround(text: string, at: number, length: number): { before: string; after: string } {
  let start = at;
  while (start > 0 && !sentenceEnd.test(text[start - 1] ?? '')) start--;
  let end = at + length;
  while (end < text.length && !sentenceEnd.test(text[end] ?? '')) end++;
  return { before: text.slice(start, at), after: text.slice(at + length, end) };
}

/** A hit told as history: said of a past time, or said to be over; a thanks call's story is history unless it says now. */
function toldAsHistory(text: string, at: number, length: number): boolean {
  const { before, after } = sentenceAround(text, at, length);
  if (happeningNow.test(before) || happeningNow.test(after)) return false;
  return pastTime.test(before) || overSince.test(after) || thanks.test(text);
}

export function detectEmergency(text: string): EmergencyMatch | null {
  const plain = text.normalize('NFKC').replace(/\s+/gu, '');
  const masked = plain.replace(benign, (phrase) => '□'.repeat(phrase.length));

  const hits: { at: number; phrase: string; service: EmergencyService }[] = [];
  for (const { service, pattern } of rules) {
    for (const m of masked.matchAll(pattern)) {
      const before = masked.slice(Math.max(0, m.index - lookBack), m.index);
      if (negated.test(before) || hypothetical.test(before) || toldAsHistory(masked, m.index, m[0].length)) continue;
      hits.push({ at: m.index, phrase: m[0], service });
    }
  }
  if (hits.length === 0) return null;

  const found = emergencyServices.filter((s) => hits.some((h) => h.service === s));
  const [service, ...also] = found;
  if (!service) return null;
  hits.sort((a, b) => a.at - b.at);
  return { service, matched: [...new Set(hits.map((h) => h.phrase))], also };
}

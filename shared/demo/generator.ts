import { caseKinds, type CaseKind, type Urgency } from '../case/vocabulary';
import { demoCommitteeData, type CommitteeArea } from './committees';
import { mix32, mulberry32, pick, randomInt, WeightedTable, type Rng } from './random';
import { leafTexts, type KindProfile, type LeafTexts } from './texts';
import { demoDepartments } from './units';
import * as words from './words';

export interface DemoCaseOptions {
  readonly count: number;
  readonly seed: number;
  /** Inclusive. */
  readonly from: Date;
  /** Exclusive. */
  readonly to: Date;
}

export interface DemoCase {
  readonly kind: CaseKind;
  readonly urgency: Urgency;
  /** Always a leaf of the demo category tree. */
  readonly categoryId: string;
  readonly committeeId: string;
  readonly caller: { readonly phone: string; readonly name: string };
  readonly address: string;
  readonly description: string;
  /** ISO 8601; cases come in ascending order of this time. */
  readonly registeredAt: string;
}

interface Leaf {
  readonly id: string;
  readonly texts: LeafTexts;
  readonly kinds: WeightedTable<CaseKind>;
}

interface Caller {
  readonly phone: string;
  readonly name: string;
  readonly committee: (typeof demoCommitteeData)[number];
  readonly address: string;
  /** How the caller names where they live, e.g. 森兰名轩 or 新行村3组. */
  readonly place: string;
  /** A road near home, for street matters. */
  readonly road: string;
  /** The matter a repeat caller keeps calling about. */
  readonly favouriteLeaf: Leaf;
}

/** Kinds each profile receives; a kind whose texts a leaf lacks is left out for that leaf. */
const profileKinds: Record<KindProfile, Partial<Record<CaseKind, number>>> = {
  complaint: { complaint: 62, help: 12, suggestion: 8, report: 5, inquiry: 20 },
  help: { help: 45, complaint: 22, suggestion: 5, inquiry: 30 },
  report: { report: 50, complaint: 40, suggestion: 5, inquiry: 10 },
  suggestion: { suggestion: 40, complaint: 25, help: 5, inquiry: 30 },
  inquiry: { inquiry: 85, complaint: 10, suggestion: 5 },
  praise: { praise: 100 },
};

function kindTable(texts: LeafTexts): WeightedTable<CaseKind> {
  return new WeightedTable(
    caseKinds.flatMap((kind): [CaseKind, number][] => {
      const weight = profileKinds[texts.profile][kind] ?? 0;
      const available = kind === 'inquiry' ? texts.questions.length > 0 : texts.reports.length > 0;
      return available && weight > 0 ? [[kind, weight]] : [];
    }),
  );
}

const leafTable = new WeightedTable(
  Object.entries(leafTexts).map(([id, texts]) => [{ id, texts, kinds: kindTable(texts) } satisfies Leaf, texts.weight] as const),
);
const committeeTable = new WeightedTable(demoCommitteeData.map((c) => [c, c.weight] as const));

const urgencyTables = {
  ordinary: new WeightedTable<Urgency>([
    ['normal', 92],
    ['high', 7],
    ['urgent', 1],
  ]),
  hazard: new WeightedTable<Urgency>([
    ['normal', 55],
    ['high', 30],
    ['urgent', 15],
  ]),
};

/** Sentences an operator puts around the caller's words, per kind. */
const frames: Record<CaseKind, { readonly open: readonly string[]; readonly close: readonly string[] }> = {
  complaint: {
    open: ['来电人反映：', '市民来电反映：', '来电人投诉：', ''],
    close: ['要求尽快处理。', '希望相关部门尽快处理。', '要求相关部门到现场核实处理。', '来电人此前已多次反映，问题仍未解决，要求尽快处理。', ''],
  },
  help: {
    open: ['来电人求助：', '来电人反映：'],
    close: ['希望相关部门帮忙解决。', '请相关部门尽快协调解决。', '希望尽快安排人员处理。'],
  },
  report: {
    open: ['来电人举报：', '市民来电举报：'],
    close: ['请相关部门核实查处。', '要求依法查处。', '来电人要求匿名处理。'],
  },
  suggestion: {
    open: ['来电人建议：', '来电人反映：'],
    close: ['建议相关部门统筹考虑，加以改善。', '希望相关部门予以采纳。', '建议加强日常管理。'],
  },
  inquiry: {
    open: ['来电人咨询：', '市民来电咨询：', ''],
    close: ['请相关部门答复。', '希望工作人员回电告知。', ''],
  },
  praise: {
    open: ['来电人表示感谢：', '来电人来电表扬：', ''],
    close: ['', '来电人特地来电表示感谢。'],
  },
};

/** Calls per Asia/Shanghai hour of the day (0–23): quiet at night, peaks mid-morning and mid-afternoon. */
const hourWeights = [1, 0.6, 0.4, 0.3, 0.3, 0.5, 1.5, 3, 6, 9, 10, 9, 7, 7, 9, 9, 8, 7, 6, 5, 4, 3, 2, 1.5] as const;
const weekendFactor = 0.75;
const HOUR = 3_600_000;
const SHANGHAI_OFFSET = 8 * HOUR;

/** Relative call density at an instant; constant within each whole hour (China has no DST). */
function density(t: number): number {
  const local = t + SHANGHAI_OFFSET;
  const hour = Math.floor(local / HOUR) % 24;
  // 1970-01-01 was a Thursday (4).
  const weekday = (Math.floor(local / (24 * HOUR)) + 4) % 7;
  return (hourWeights[hour] ?? 1) * (weekday === 0 || weekday === 6 ? weekendFactor : 1);
}

/**
 * `count` instants in [from, to), ascending, distributed by `density`. Sorted uniforms come from the
 * running product of u^(1/k) (order statistics), so nothing is buffered; the inverse CDF is walked
 * hour by hour alongside them.
 */
function* timeline(rng: Rng, count: number, from: number, to: number): Generator<number> {
  const segmentEnd = (t: number) => Math.min((Math.floor(t / HOUR) + 1) * HOUR, to);
  let total = 0;
  for (let t = from; t < to; t = segmentEnd(t)) total += density(t) * (segmentEnd(t) - t);

  let start = from;
  let end = segmentEnd(start);
  let before = 0;
  let mass = density(start) * (end - start);
  let descending = 1;
  for (let k = count; k >= 1; k--) {
    descending *= (1 - rng()) ** (1 / k);
    const target = (1 - descending) * total;
    while (before + mass <= target && end < to) {
      before += mass;
      start = end;
      end = segmentEnd(start);
      mass = density(start) * (end - start);
    }
    const t = Math.floor(start + (target - before) / density(start));
    yield Math.min(Math.max(t, start), end - 1);
  }
}

function phone(rng: Rng): string {
  // Elderly callers often ring from a Shanghai landline.
  if (rng() < 0.08) return `+8621${pick(rng, ['5', '6', '3'])}${digits(rng, 7)}`;
  const prefix = pick(rng, ['13', '15', '18']);
  const third = prefix === '15' ? pick(rng, ['0', '1', '2', '3', '5', '6', '7', '8', '9']) : String(randomInt(rng, 0, 9));
  return `+86${prefix}${third}${digits(rng, 8)}`;
}

function digits(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(randomInt(rng, 0, 9));
  return s;
}

function callerName(rng: Rng): string {
  const surname = pick(rng, words.surnames);
  const male = rng() < 0.5;
  const style = rng();
  if (style < 0.12) return '';
  if (style < 0.3) return `${surname}${male ? '先生' : '女士'}`;
  const given = male ? words.maleGiven : words.femaleGiven;
  return surname + pick(rng, given) + (rng() < 0.6 ? pick(rng, given) : '');
}

function home(rng: Rng, name: string, area: CommitteeArea): { address: string; place: string; road: string } {
  if (area.kind === 'village') {
    const group = randomInt(rng, 1, area.groups);
    return { address: `高行镇${name}${group}组${randomInt(rng, 1, 150)}号`, place: `${name}${group}组`, road: pick(rng, words.roads) };
  }
  const lane = pick(rng, area.lanes);
  const building = randomInt(rng, 1, 80);
  const address = `高行镇${lane.road}${lane.lane}弄${building}号${room(rng)}`;
  const place = rng() < 0.5 ? area.compound : `${lane.road}${lane.lane}弄`;
  return { address, place, road: rng() < 0.5 ? lane.road : pick(rng, words.roads) };
}

function room(rng: Rng): string {
  return `${randomInt(rng, 1, 18)}0${randomInt(rng, 1, 4)}室`;
}

function makeCaller(rng: Rng): Caller {
  const committee = committeeTable.pick(rng);
  return {
    phone: phone(rng),
    name: callerName(rng),
    committee,
    ...home(rng, committee.name, committee.area),
    favouriteLeaf: leafTable.pick(rng),
  };
}

function crossing(rng: Rng, road: string): string {
  let other = pick(rng, words.roads);
  if (other === road) other = road === '金高路' ? '东靖路' : '金高路';
  return `${road}${other}路口`;
}

type SlotFill = (rng: Rng, caller: Caller) => string;

const slots: Readonly<Record<string, SlotFill>> = {
  addr: (_, c) => c.address,
  place: (_, c) => c.place,
  road: (_, c) => c.road,
  cross: (rng, c) => crossing(rng, c.road),
  committee: (_, c) => c.committee.name,
  bldg: (rng) => `${randomInt(rng, 1, 80)}号楼`,
  room,
  floor: (rng) => pick(rng, words.floors),
  river: (rng) => pick(rng, words.rivers),
  bridge: (rng) => pick(rng, words.bridges),
  bus: (rng) => pick(rng, words.busLines),
  eatery: (rng) => pick(rng, words.eateries),
  store: (rng) => pick(rng, words.stores),
  money: (rng) => `${pick(rng, words.amounts)}元`,
  dur: (rng) => pick(rng, words.durations),
  night: (rng) => pick(rng, words.nightTimes),
  morning: (rng) => pick(rng, words.morningTimes),
  clock: (rng) => pick(rng, words.clockTimes),
  age: (rng) => String(randomInt(rng, 70, 98)),
  decade: (rng) => pick(rng, words.decades),
  n: (rng) => String(randomInt(rng, 2, 6)),
  unit: (rng) => pick(rng, demoDepartments).name,
};

/** The `{slot}` names the templates in texts.ts may use. */
export const templateSlotNames: ReadonlySet<string> = new Set(Object.keys(slots));

function fill(template: string, rng: Rng, caller: Caller): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const slot = slots[name];
    if (!slot) throw new Error(`Unknown template slot {${name}} in: ${template}`);
    return slot(rng, caller);
  });
}

const REPEAT_SHARE = 0.3;
/** Kinds that never call for speed: nothing is broken. */
const alwaysNormal: ReadonlySet<CaseKind> = new Set(['inquiry', 'suggestion', 'praise']);

/**
 * Realistic synthetic cases for the demo town, streamed so a million never sit in memory at once.
 * The same options give the same cases; they come in ascending `registeredAt`.
 */
export function* generateDemoCases(options: DemoCaseOptions): Generator<DemoCase, void, undefined> {
  const { count, seed } = options;
  const from = options.from.getTime();
  const to = options.to.getTime();
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer: ${count}`);
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer: ${seed}`);
  if (!(from < to)) throw new RangeError('from must be before to');

  const rng = mulberry32(mix32(seed, 1));
  const poolSeed = mix32(seed, 2);
  // About one in 25 callers is a regular; a skewed draw makes a few of them call very often.
  const poolSize = Math.min(50_000, Math.max(20, Math.floor(count / 25)));

  for (const t of timeline(mulberry32(mix32(seed, 3)), count, from, to)) {
    const regular = rng() < REPEAT_SHARE;
    const caller = regular ? makeCaller(mulberry32(mix32(poolSeed, Math.floor(poolSize * rng() ** 1.5)))) : makeCaller(rng);
    const leaf = regular && rng() < 0.5 ? caller.favouriteLeaf : leafTable.pick(rng);
    const kind = leaf.kinds.pick(rng);
    const urgency = alwaysNormal.has(kind) ? 'normal' : (leaf.texts.hazard ? urgencyTables.hazard : urgencyTables.ordinary).pick(rng);
    const frame = frames[kind];
    const text = pick(rng, kind === 'inquiry' ? leaf.texts.questions : leaf.texts.reports);
    yield {
      kind,
      urgency,
      categoryId: leaf.id,
      committeeId: caller.committee.id,
      caller: { phone: caller.phone, name: caller.name },
      address: caller.address,
      description: pick(rng, frame.open) + fill(text, rng, caller) + pick(rng, frame.close),
      registeredAt: new Date(t).toISOString(),
    };
  }
}

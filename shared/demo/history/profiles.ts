import type { Rng } from '../random';

/**
 * How a unit of the demo town works its cases: when it signs, contacts and replies, as shares of
 * each limit (from the clock's start), drawn between min and max — over 1 is late, and the
 * automatic cards find it.
 */
export interface UnitProfile {
  readonly name: 'prompt' | 'steady' | 'slow' | 'hasty' | 'brisk';
  readonly accept: readonly [number, number];
  readonly contact: readonly [number, number];
  readonly reply: readonly [number, number];
  /** Replies 5–30 minutes after accepting, with no contact recorded (草草结案). */
  readonly hasty: boolean;
  /** Share of its replies the citizen calls unresolved or unsatisfying. */
  readonly dissatisfied: number;
}

export const unitProfiles = {
  prompt: { name: 'prompt', accept: [0.05, 0.4], contact: [0.05, 0.4], reply: [0.1, 0.5], hasty: false, dissatisfied: 0.03 },
  steady: { name: 'steady', accept: [0.1, 0.9], contact: [0.2, 0.95], reply: [0.2, 0.97], hasty: false, dissatisfied: 0.08 },
  slow: { name: 'slow', accept: [0.6, 2.2], contact: [0.7, 2], reply: [0.8, 2.5], hasty: false, dissatisfied: 0.15 },
  hasty: { name: 'hasty', accept: [0.05, 0.3], contact: [0, 0], reply: [0, 0], hasty: true, dissatisfied: 0.6 },
  brisk: { name: 'brisk', accept: [0.01, 0.05], contact: [0.02, 0.1], reply: [0.1, 0.5], hasty: false, dissatisfied: 0.03 },
} as const satisfies Record<string, UnitProfile>;

/**
 * The demo town's cast: the meal service centre of the seed's story answers at once, the
 * housing office drags its feet, and sanitation closes cases without calling anyone.
 */
export const demoUnitProfiles: Readonly<Record<string, UnitProfile>> = {
  'unit.zhucan': unitProfiles.prompt,
  'unit.laoling': unitProfiles.prompt,
  'unit.fangguan': unitProfiles.slow,
  'unit.huanwei': unitProfiles.hasty,
};

export function profileOf(unitId: string): UnitProfile {
  return demoUnitProfiles[unitId] ?? unitProfiles.steady;
}

export function between(rng: Rng, [min, max]: readonly [number, number]): number {
  return min + rng() * (max - min);
}

/** People at a unit or the supervisor's desk act in the day: a step due at night waits for 08:00–10:00 Asia/Shanghai. */
export function inWorkingHours(ms: number, rng: Rng): number {
  const shanghaiHour = new Date(ms + 8 * 3600_000).getUTCHours();
  if (shanghaiHour >= 8 && shanghaiHour < 21) return ms;
  const shanghaiMidnight = Math.floor((ms + 8 * 3600_000) / 86_400_000) * 86_400_000 - 8 * 3600_000;
  const morning = shanghaiMidnight + (shanghaiHour >= 21 ? 24 : 0) * 3600_000 + 8 * 3600_000;
  return morning + rng() * 2 * 3600_000;
}

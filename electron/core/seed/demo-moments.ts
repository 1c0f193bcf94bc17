import type { ParsedInput } from '../../../shared/api/contract';
import { generateDemoCases, type DemoCase } from '../../../shared/demo/generator';
import { mix32, mulberry32, pick } from '../../../shared/demo/random';

const HOUR = 3_600_000;

/**
 * The seed's story, now: 绿地居委's elderly cannot get meals, and the calls about it spike over
 * the last three days (a hotspot the supervisor should see at a glance). The calls are the
 * generator's own meal calls, moved to 绿地居委 and its addresses.
 */
export function lvdiMealSpike(now: number, seed: number): DemoCase[] {
  const pool = [...generateDemoCases({ count: 6000, seed: mix32(seed, 0x1d1), from: new Date(now - 30 * 24 * HOUR), to: new Date(now) })];
  const meals = pool.filter((c) => c.categoryId === 'cat.ageing.meal');
  const addresses = pool.filter((c) => c.committeeId === 'cmt.lvdi').map((c) => c.address);
  const rng = mulberry32(mix32(seed, 0x5b1e));
  return meals.slice(0, 16).map((c, i) => ({
    ...c,
    committeeId: 'cmt.lvdi',
    address: addresses.length > 0 ? pick(rng, addresses) : c.address,
    // Spread over the last 72 hours, more of them lately.
    registeredAt: new Date(now - 72 * HOUR * Math.sqrt((i + rng()) / 16)).toISOString(),
  }));
}

const MINUTE = 60_000;

/**
 * A daytime instant (08:00–20:00 Asia/Shanghai, to the millisecond) at or before `t`: people
 * call and desks act in the day, and a story placed exactly N×24 h before now would start at
 * whatever hour the town happens to be opened, on the same second every time.
 */
export function daytimeBefore(t: number, rng: () => number): number {
  const local = t + 8 * HOUR;
  const hour = Math.floor(local / HOUR) % 24;
  const midnight = t - (local % (24 * HOUR));
  if (hour >= 8 && hour < 20) return Math.max(t - rng() * 45 * MINUTE, midnight + 8 * HOUR);
  // At night: the evening before, 17:00–19:54.
  return (hour < 8 ? midnight - 24 * HOUR : midnight) + 17 * HOUR + rng() * 2.9 * HOUR;
}

/**
 * Calls saved but not yet dispatched, now: their dispatch clocks read ok, warning (under 20 %
 * of 2 hours left) and overdue, and a 紧急 one is past its 15 minutes.
 */
export function waitingAtTheDesk(now: number, seed: number): DemoCase[] {
  const pool = [...generateDemoCases({ count: 40, seed: mix32(seed, 0xd35c), from: new Date(now - 24 * HOUR), to: new Date(now) })];
  const rng = mulberry32(mix32(seed, 0xd35d));
  const waits = [
    { ago: 10, urgency: 'normal' },
    { ago: 100, urgency: 'normal' },
    { ago: 150, urgency: 'normal' },
    { ago: 20, urgency: 'high' },
  ] as const;
  return waits.flatMap((w, i) => {
    const c = pool[i * 7];
    return c ? [{ ...c, urgency: w.urgency, registeredAt: new Date(now - (w.ago + rng()) * MINUTE).toISOString() }] : [];
  });
}

/** A call whose story is steered to wait for someone now: which detour it takes, and where it pauses. */
export interface SteeredCall {
  readonly call: DemoCase;
  /** The unit it is dispatched to; its committee's own unit when absent. */
  readonly unitId?: string;
  readonly plan: {
    readonly returnFirst?: boolean;
    /** How the supervisor rules the return; drawn when absent. */
    readonly returnApproved?: boolean;
    readonly extension?: boolean;
    readonly brisk?: boolean;
    readonly stopAt: 'dispatched' | 'accepted' | 'contacted' | 'return_requested' | 'extension_requested' | 'replied';
  };
}

/**
 * Today's desks, whatever the hour the town is first opened: cases waiting to be signed for,
 * contacted, ruled on by the supervisor (returns, extensions) and called back. Each
 * goes to its committee's own (steady) unit, far enough back that every step before the pause
 * has happened, day or night.
 */
export function waitingForSomeone(now: number, seed: number): SteeredCall[] {
  const pool = [...generateDemoCases({ count: 60, seed: mix32(seed, 0x1b0c), from: new Date(now - 10 * 24 * HOUR), to: new Date(now) })];
  // Inquiries: a one-working-day reply limit, so a steady unit has replied within days.
  const calls = pool.filter((c) => c.kind === 'inquiry');
  const steps = [
    { daysAgo: 1, plan: { stopAt: 'dispatched' } },
    { daysAgo: 2, plan: { stopAt: 'accepted' } },
    { daysAgo: 3, plan: { stopAt: 'contacted' } },
    { daysAgo: 2, plan: { returnFirst: true, stopAt: 'return_requested' } },
    { daysAgo: 3, plan: { returnFirst: true, stopAt: 'return_requested' } },
    { daysAgo: 4, plan: { extension: true, stopAt: 'extension_requested' } },
    { daysAgo: 5, plan: { extension: true, stopAt: 'extension_requested' } },
    { daysAgo: 6, plan: { stopAt: 'replied' } },
    { daysAgo: 7, plan: { stopAt: 'replied' } },
  ] as const;
  const rng = mulberry32(mix32(seed, 0x1b0d));
  return steps.flatMap(({ daysAgo, plan }, i) => {
    const call = calls[i];
    const registeredAt = new Date(daytimeBefore(now - daysAgo * 24 * HOUR, rng)).toISOString();
    return call ? [{ call: { ...call, urgency: 'normal' as const, registeredAt }, plan }] : [];
  });
}

interface DemoTransfer {
  readonly at: number;
  readonly input: ParsedInput<'intake:emergencyTransfer'>;
}

const calls = [
  { service: '119', description: '楼下小饭店厨房着火了，冒出很浓的烟', committeeId: 'cmt.lvdi', name: '王先生' },
  { service: '120', description: '我家老人在卫生间摔倒了起不来，叫不醒', committeeId: null, name: '李女士' },
  { service: '110', description: '菜场门口有两个人在打架，有人拿着刀', committeeId: null, name: '' },
  { service: '119', description: '楼道里燃气泄漏，味道很重', committeeId: null, name: '陈阿姨' },
  { service: '120', description: '公交站有位老人晕倒了，呼吸困难', committeeId: null, name: '路人' },
] as const;

/**
 * Today's work at every handler's desk, whatever the hour the town is first opened: a case to
 * sign for (filed this morning), one to contact, one to reply to, one whose return the
 * supervisor refused (back with the unit, the ruling on it) and an extension awaiting a ruling.
 * `fits` says which calls a unit would get; the calls are the generator's own.
 */
export function atEveryHandlersDesk(now: number, seed: number, units: readonly { unitId: string; fits: (c: DemoCase) => boolean }[]): SteeredCall[] {
  const pool = [...generateDemoCases({ count: 1500, seed: mix32(seed, 0x4e5c), from: new Date(now - 10 * 24 * HOUR), to: new Date(now) })];
  const rng = mulberry32(mix32(seed, 0x4e5d));
  const stages = [
    // About a day back, so each step has happened however late the town is opened, yet the clocks mostly still run.
    { hoursAgo: 2, plan: { stopAt: 'dispatched' } },
    { hoursAgo: 22, plan: { brisk: true, stopAt: 'accepted' } },
    { hoursAgo: 26, plan: { brisk: true, stopAt: 'contacted' } },
    { hoursAgo: 34, plan: { brisk: true, returnFirst: true, returnApproved: false, stopAt: 'dispatched' } },
    { hoursAgo: 34, plan: { brisk: true, extension: true, stopAt: 'extension_requested' } },
  ] as const;
  const taken = new Set<DemoCase>();
  return units.flatMap(({ unitId, fits }) => {
    // Not inquiries: their one-day reply limit would have the unit replying before today.
    const mine = pool.filter((c) => c.kind !== 'inquiry' && c.kind !== 'praise' && !taken.has(c) && fits(c));
    return stages.flatMap(({ hoursAgo, plan }, i) => {
      const call = mine[i];
      if (!call) return [];
      taken.add(call);
      const at = hoursAgo < 8 ? now - hoursAgo * HOUR - rng() * 30 * MINUTE : daytimeBefore(now - hoursAgo * HOUR, rng);
      return [{ call: { ...call, urgency: 'normal' as const, registeredAt: new Date(at).toISOString() }, unitId, plan }];
    });
  });
}

/** A few emergencies over the period, each handed to 110/119/120 and filed as a transferred case. */
export function demoTransfers(from: number, now: number, seed: number): DemoTransfer[] {
  const rng = mulberry32(mix32(seed, 0x7a5f));
  return calls.map((c, i) => ({
    // About evenly over the period, each on a day at an hour of its own.
    at: daytimeBefore(from + ((now - from) * (i + 0.3 + rng() * 0.4)) / calls.length, rng),
    input: {
      service: c.service,
      case: {
        kind: 'help',
        urgency: 'urgent',
        caller: { phone: `+86139162200${i}${i}`, name: c.name },
        address: '',
        description: c.description,
        categoryId: null,
        committeeId: c.committeeId,
      },
    },
  }));
}

import type { SeatSync } from '../sync/seat-sync';
import { monotonicFactory } from 'ulid';
import { ApiError } from '../../../shared/api/errors';
import { finalStatuses } from '../../../shared/case/fold';
import type { CaseActInput } from '../../../shared/api/methods/loop';
import type { CaseRecord } from '../../../shared/case/record';
import { generateDemoCases, type DemoCase } from '../../../shared/demo/generator';
import {
  nextStep,
  planCase,
  WORKING_DAY_MINUTES,
  type CasePlan,
  type HistoryStep,
  type PaceLimits,
  type StepActor,
} from '../../../shared/demo/history/next-step';
import { defaultSlaPolicy } from '../../../shared/sla/default-policy';
import type { SlaLimit } from '../../../shared/sla/limit';
import { policyInForce, slaLimits } from '../../../shared/sla/policy';
import { slaSettings } from '../sla/settings';
import { mix32, mulberry32, pick, type Rng } from '../../../shared/demo/random';
import { matchKnowledge } from '../../../shared/intake/knowledge';
import type { UserProfile } from '../../../shared/reference/types';
import { suggestResponsibleUnit } from '../../../shared/reference/routing';
import { createHlcSource } from '../cases/hlc-source';
import type { Projector } from '../cases/projector';
import type { CoreContext } from '../context';
import { dispatchCase } from '../dispatch/dispatch-case';
import { recordEmergencyTransfer } from '../intake/emergency-transfer';
import { answerAtIntake, fileRepeatCall } from '../intake/intake-outcomes';
import { registerCase } from '../intake/register-case';
import { performCaseAction } from '../loop/perform-action';
import type { SearchIndexer } from '../search/search-indexer';
import { superviseOverdue } from '../sla/supervise-overdue';
import { getCaseRecord } from '../store/cases';
import { writeTransaction, type DB, type WritableDB } from '../store/db';
import { latestHlc } from '../store/events';
import { listKnowledge } from '../store/knowledge';
import { listCategories, listRoutingRules, listUnits } from '../store/reference';
import { listUsers } from '../store/users';
import { demoCast } from './demo-cast';
import { atEveryHandlersDesk, demoTransfers, lvdiMealSpike, waitingAtTheDesk, waitingForSomeone } from './demo-moments';
import { CasesInMemory } from './cases-in-memory';
import { StepQueue } from './step-queue';

export interface DemoHistoryOptions {
  readonly days: number;
  readonly casesPerDay: number;
  readonly seed: number;
  readonly now: number;
  readonly seatId: string;
  readonly projections: Projector;
  readonly searchIndex: SearchIndexer;
  readonly sync: SeatSync;
  readonly onProgress?: (day: number, days: number) => void;
  /** After each day's transaction: a long history indexes its search queue as it goes. */
  readonly onDayPlayed?: () => void;
  /**
   * Cases filed before this instant whose story is the plain one (dispatched at filing, not a repeat
   * call nor answered at intake) are played in memory and written once their story is over
   * (cases-in-memory.ts): years of history in a fraction of the time. Automatic supervision does
   * not see them while they run, so that part of the past has no automatic cards.
   */
  readonly bulkBefore?: number;
}

const DAY = 86_400_000;
/** Calls this recent still have their detours open now: the supervisor's inbox, today's board. */
const TODAY = 30 * 3_600_000;
const rng0 = (seed: number): Rng => mulberry32(mix32(seed, 0xca57));
/** How often automatic supervision runs in the replayed past: the live scheduler runs every 5 s, but cards only change at deadlines. */
const SUPERVISION_EVERY = 3_600_000;
/** The desk marks a main case 群体性 once this many calls are about it, and one still open after this long 历史遗留. */
const GROUP_CALLS = 3;
const LEGACY_AFTER = 30 * DAY;

/**
 * A living demo town: `days` of the town's calls played through the real loop, up to now — each
 * call filed, dispatched, accepted, contacted, replied, called back and evaluated by the same
 * services a seat's keys call, on a clock that walks from the first call to now. Steps due after
 * now are left undone, so today's cases stand in every state with their clocks running.
 */
export function playDemoHistory(db: DB, options: DemoHistoryOptions): { cases: number; events: number; refused: number } {
  const { now, days } = options;
  const from = now - days * DAY;
  let wall = from;
  const ctx: CoreContext = {
    db,
    seatId: options.seatId,
    hlc: createHlcSource(options.seatId, latestHlc(db), () => Math.floor(wall)),
    now: () => new Date(Math.floor(wall)),
    // Ids carry the time they were made in the replayed past, so they sort as the events do.
    newId: () => ulidAt(Math.floor(wall)),
    publish: () => undefined,
    searchIndex: options.searchIndex,
    projections: options.projections,
    sync: options.sync,
  };
  // Seeded, not crypto-random: ids need only be unique here, and crypto was a tenth of the time.
  const ulidAt = monotonicFactory(mulberry32(mix32(options.seed, 0x1d)));
  const cast = demoCast(db, rng0(options.seed));
  const rng = mulberry32(mix32(options.seed, 0x41));
  const rules = listRoutingRules(db);
  const parentOf = new Map(listCategories(db).map((c) => [c.id, c.parentId]));
  const units = listUnits(db).map((u) => u.id);
  const knowledge = listKnowledge(db);
  const routed = (c: { categoryId: string; committeeId: string }) => suggestResponsibleUnit(rules, parentOf, c.categoryId, c.committeeId);
  const redispatchTo = (c: CaseRecord) => {
    const own = `unit.${c.committeeId}`;
    return own !== c.responsibleUnitId && units.includes(own) ? own : pick(rng, units.filter((u) => u !== c.responsibleUnitId));
  };

  const policies = slaSettings(db).policies;
  const paceOf = (c: CaseRecord): PaceLimits => {
    const policy = policyInForce(policies, new Date(c.registeredAt)) ?? defaultSlaPolicy;
    const limits = slaLimits(policy, c.kind, c.urgency);
    const inMinutes = (l: SlaLimit) => (l.unit === 'minutes' ? l.amount : l.amount * WORKING_DAY_MINUTES);
    return { accept: inMinutes(limits.accept), firstContact: inMinutes(limits.firstContact), reply: inMinutes(limits.reply) };
  };

  const waiting = waitingAtTheDesk(now, options.seed);
  const held = new Set<DemoCase>(waiting);
  const desks = listUsers(db).flatMap((u) => (u.role === 'handler' && u.unitId ? [u.unitId] : []));
  const fitsUnit = (unitId: string) => (c: DemoCase) => routed(c) === unitId || `unit.${c.committeeId}` === unitId;
  const steered = new Map(
    [...waitingForSomeone(now, options.seed), ...atEveryHandlersDesk(now, options.seed, desks.map((unitId) => ({ unitId, fits: fitsUnit(unitId) })))].map(
      (s) => [s.call, s] as const,
    ),
  );
  // The town's calls stream in time order (a million never sit in memory); today's moments are few.
  const arrivals = mergeByTime(
    generateDemoCases({ count: Math.round(days * options.casesPerDay), seed: options.seed, from: new Date(from), to: new Date(now) }),
    [...lvdiMealSpike(now, options.seed), ...waiting, ...steered.keys()].sort((a, b) => a.registeredAt.localeCompare(b.registeredAt)),
  );
  const transfers = demoTransfers(from, now, options.seed);
  const plans = new Map<string, CasePlan>();
  const openByCaller = new Map<string, string>();
  const queue = new StepQueue<{ caseId: string; step: HistoryStep }>();
  let events = 0;
  let refused = 0;
  let cases = 0;
  const memory = new CasesInMemory(ctx);
  const bulkBefore = options.bulkBefore ?? -Infinity;
  /** The day's write transaction, which held cases are written in. */
  let tx: WritableDB | null = null;
  const inTx = () => {
    if (!tx) throw new Error('the history writes only inside its day transaction');
    return tx;
  };
  const perform = (actor: UserProfile, input: CaseActInput) =>
    memory.has(input.caseId) ? memory.act(inTx(), actor, input) : performCaseAction(ctx, actor, input);

  const schedule = (record: CaseRecord) => {
    const plan = plans.get(record.id);
    const step = plan ? nextStep(record, plan, wall, rng, paceOf(record), redispatchTo) : null;
    if (step && step.at <= now) queue.push(step.at, { caseId: record.id, step });
    else {
      // A story that is over (or goes on after now) needs no plan: years of cases keep only the running ones.
      plans.delete(record.id);
      memory.commit(inTx(), record.id);
    }
  };
  const actorFor = (who: StepActor, record: CaseRecord): UserProfile =>
    typeof who === 'string' ? cast.seat(who, record) : cast.handler(who.unitId);

  const file = (c: DemoCase) => {
    cases++;
    const operator = cast.seat('operator', null);
    const key = `${c.caller.phone}|${c.categoryId}`;
    const main = openByCaller.get(key);
    // A main case still held in memory is not in the store to link to: the call is filed as a case of its own.
    const mainRecord = main && !memory.has(main) ? getCaseRecord(db, main) : null;
    const input = { ...c, dispatchToUnitId: null };
    if (mainRecord && !['closed', 'answered', 'merged', 'transferred', 'replied', 'callback_done'].includes(mainRecord.status)) {
      fileRepeatCall(ctx, operator, { case: { ...input, dismissedEmergency: null }, mainCaseId: mainRecord.id });
      events += 3;
      if ((mainRecord.repeatCalls ?? []).length + 2 >= GROUP_CALLS && !mainRecord.flags.includes('group')) {
        mark(mainRecord.id, 'dispatcher', 'group', '多位居民反映同一问题');
      }
      return;
    }
    if (held.has(c)) {
      registerCase(ctx, operator, input);
      events++;
      return;
    }
    const [answer] = c.kind === 'inquiry' ? matchKnowledge(knowledge, c.description, 1) : [];
    if (answer && answer.score >= 0.5 && !steered.has(c) && rng() < 0.7) {
      answerAtIntake(ctx, operator, { case: { ...input, dismissedEmergency: null }, knowledgeId: answer.entry.id, answer: answer.entry.answer });
      events += 2;
      return;
    }
    const steer = steered.get(c);
    const drawn = planCase(rng, now - wall < TODAY);
    const plan = steer ? { ...drawn, dispatchLater: false, returnFirst: false, extension: false, whistle: false, unreachable: false, ...steer.plan } : drawn;
    const unitId = steer ? (steer.unitId ?? `unit.${c.committeeId}`) : routed(c);
    const registration = { ...input, dispatchToUnitId: plan.dispatchLater ? null : unitId };
    const inMemory = wall < bulkBefore && !steer && !plan.dispatchLater && unitId !== null;
    const filed = inMemory ? memory.file(inTx(), operator, registration) : registerCase(ctx, operator, registration);
    if (!inMemory) ctx.projections.flush();
    plans.set(filed.id, plan);
    openByCaller.set(key, filed.id);
    events += filed.eventCount;
    if (unitId !== null && plan.dispatchLater) {
      // Mostly within the dispatch limit, some past it: the dispatch clock and its cards have work too.
      const limit = (policyInForce(policies, new Date(wall)) ?? defaultSlaPolicy).dispatch[c.urgency];
      const at = wall + (0.1 + rng() * 1.3) * (limit.unit === 'minutes' ? limit.amount : WORKING_DAY_MINUTES) * 60_000;
      if (at <= now) queue.push(at, { caseId: filed.id, step: { at, actor: 'dispatcher', dispatchTo: unitId } });
    } else schedule(filed);
  };

  const mark = (caseId: string, who: 'dispatcher' | 'supervisor', flag: 'group' | 'legacy', note: string) => {
    perform(cast.seat(who, null), { caseId, action: 'case.flagged', payload: { flag, on: true, note } });
    events++;
  };

  const take = (caseId: string, step: HistoryStep) => {
    const current = memory.get(caseId) ?? getCaseRecord(db, caseId);
    if (!current) return;
    if (wall - Date.parse(current.registeredAt) >= LEGACY_AFTER && !current.flags.includes('legacy') && !finalStatuses.includes(current.status)) {
      mark(caseId, 'supervisor', 'legacy', '办理超过一个月，列为历史遗留');
    }
    const before = memory.get(caseId) ?? current;
    const actor = actorFor(step.actor, before);
    try {
      const next = 'dispatchTo' in step ? dispatchCase(ctx, actor, { caseId, unitId: step.dispatchTo, note: '' }) : perform(actor, step.act);
      events++;
      schedule(next);
    } catch (error) {
      // The real rules refused (a return asked for after its window): the unit goes on without that detour.
      if (!(error instanceof ApiError) || 'dispatchTo' in step) throw error;
      refused++;
      const plan = plans.get(caseId);
      if (plan) plans.set(caseId, { ...plan, returnFirst: false, extension: false, whistle: false });
      schedule(memory.get(caseId) ?? current);
    }
  };

  // Rounds at uneven moments, so the cards of the past are not all stamped on the same minute and second.
  const roundRng = mulberry32(mix32(options.seed, 0x5e7));
  const nextRound = () => SUPERVISION_EVERY * (0.5 + roundRng());
  let nextSupervision = from + nextRound();
  let dayDone = 0;
  const advanceTo = (t: number) => {
    // Steps and supervision rounds due before `t`, in time order, so every event is stamped when it happened.
    for (;;) {
      const due = queue.peekTime();
      if (due !== undefined && due <= t && due <= nextSupervision) {
        const item = queue.pop();
        if (!item) break;
        wall = Math.max(wall, item.time);
        take(item.value.caseId, item.value.step);
      } else if (nextSupervision <= t) {
        wall = Math.max(wall, nextSupervision);
        events += superviseOverdue(ctx, 500).length;
        nextSupervision += nextRound();
      } else break;
    }
    wall = Math.max(wall, t);
    const day = Math.floor((wall - from) / DAY);
    if (day > dayDone) {
      dayDone = day;
      options.onProgress?.(Math.min(day, days), days);
    }
  };

  const playDay = writeTransaction(db, (day, calls: readonly DemoCase[], end: number) => {
    tx = day;
    // From here on every case goes through the real loop: the ones still held are written first.
    if (wall >= bulkBefore) memory.commitAll(day);
    for (const c of calls) {
      advanceTo(Date.parse(c.registeredAt));
      file(c);
      while (transfers[0] && transfers[0].at <= wall) {
        const transfer = transfers.shift();
        if (transfer) recordEmergencyTransfer(ctx, cast.seat('operator', null), transfer.input);
        cases++;
        events += 2;
      }
    }
    advanceTo(end);
    if (end >= now) memory.commitAll(day);
    tx = null;
  });
  let next = arrivals.next();
  for (let dayStart = from; dayStart < now; dayStart += DAY) {
    const end = Math.min(dayStart + DAY, now);
    const calls: DemoCase[] = [];
    for (; !next.done && (Date.parse(next.value.registeredAt) < end || end === now); next = arrivals.next()) calls.push(next.value);
    playDay.immediate(calls, end);
    options.onDayPlayed?.();
  }
  ctx.projections.flush();
  return { cases, events, refused };
}

/** Two streams of calls, each in time order, as one in time order. */
function* mergeByTime(many: Iterable<DemoCase>, few: readonly DemoCase[]): Generator<DemoCase, void, undefined> {
  let i = 0;
  for (const c of many) {
    while (i < few.length && (few[i] as DemoCase).registeredAt < c.registeredAt) yield few[i++] as DemoCase;
    yield c;
  }
  while (i < few.length) yield few[i++] as DemoCase;
}

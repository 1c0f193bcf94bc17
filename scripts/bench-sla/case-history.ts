import { monotonicFactory } from 'ulid';
import type { CaseEvent } from '../../shared/case/events';
import { foldCase } from '../../shared/case/fold';
import type { CaseRecord } from '../../shared/case/record';
import type { DemoCase } from '../../shared/demo/generator';
import { mulberry32 } from '../../shared/demo/random';
import { demoTown } from '../../shared/demo/town';
import { suggestResponsibleUnit } from '../../shared/reference/routing';
import { formatHlc } from '../../shared/sync/hlc';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
const parentOf = new Map(demoTown.categories.map((c) => [c.id, c.parentId]));
const newId = monotonicFactory();

type Step = { [T in CaseEvent['type']]: [at: number, type: T, payload: Extract<CaseEvent, { type: T }>['payload']] }[CaseEvent['type']];

/**
 * A plausible life of a generated case up to `now`: dispatched within minutes, accepted, contacted,
 * replied (sometimes late), called back and closed. Steps still in the future are left out, so
 * recent cases are open at every stage. `stopAfter` cuts the life short (e.g. 'case.dispatched').
 */
export function caseHistory(c: DemoCase, n: number, now: number, stopAfter?: CaseEvent['type']): CaseRecord {
  const rng = mulberry32(n);
  const t0 = Date.parse(c.registeredAt);
  const unitId = suggestResponsibleUnit(demoTown.routingRules, parentOf, c.categoryId, c.committeeId) ?? 'unit.chengguan';
  const fast = c.urgency !== 'normal';
  const dispatched = t0 + 2 * minute;
  const accepted = dispatched + (fast ? 5 + rng() * 30 : 10 + rng() * 600) * minute;
  const contacted = accepted + (fast ? 10 + rng() * 90 : 30 + rng() * 1800) * minute;
  const replied = contacted + (fast ? (0.5 + rng() * 30) * hour : (0.5 + rng() * (c.kind === 'complaint' ? 20 : 6)) * day);
  const evaluated = replied + (2 + rng() * 30) * hour;
  const steps: Step[] = [
    [dispatched, 'case.dispatched', { unitId, note: '' }],
    [accepted, 'case.accepted', { unitId }],
    [contacted, 'case.contacted', { contactedAt: new Date(contacted).toISOString(), method: 'phone', summary: '已电话联系来电人' }],
    [replied, 'case.replied', { result: '已处理', answer: '已答复来电人', closureCode: 'solved', justification: '' }],
    [evaluated, 'case.evaluated', { resolved: true, satisfaction: 'satisfied', cause: null, note: '' }],
  ];
  const cut = stopAfter === undefined ? steps.length : steps.findIndex(([, type]) => type === stopAfter) + 1;
  const caseId = newId(t0);
  const event = (at: number, type: string, payload: unknown) =>
    ({ id: newId(Math.floor(at)), caseId, seatId: 'GH01', hlc: formatHlc({ wallMs: Math.floor(at), counter: 0, node: 'GH01' }), actorId: 'user.disp01', type, payload }) as CaseEvent;
  const number = `GH01-${c.registeredAt.slice(0, 10).replaceAll('-', '')}-${String(n % 100_000).padStart(5, '0')}`;
  const events = [
    event(t0, 'case.registered', { ...c, number, filedOffline: false }),
    ...steps.slice(0, cut).filter(([at]) => at <= now).map(([at, type, payload]) => event(at, type, payload)),
  ];
  const record = foldCase(events);
  if (!record) throw new Error('a generated case without its registration');
  return record;
}

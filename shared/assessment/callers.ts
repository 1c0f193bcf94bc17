import { actionRules } from '../case/actions';
import type { CaseStatus } from '../case/vocabulary';

/** One filed call, as far as repeat-caller and group-request detection read it. */
export interface Call {
  readonly caseId: string;
  readonly number: string;
  /** The caller's number as stored (normalised at intake); null when anonymous. */
  readonly phone: string | null;
  readonly committeeId: string;
  readonly categoryId: string;
  readonly registeredAt: string;
  readonly status: CaseStatus;
  readonly responsibleUnitId: string | null;
}

export interface RepeatCaller {
  readonly phone: string;
  readonly categoryId: string;
  /** Oldest first; each within the window of the one before. */
  readonly calls: readonly Call[];
}

const hourMs = 3_600_000;
const byTime = (a: Call, b: Call): number => a.registeredAt.localeCompare(b.registeredAt) || a.caseId.localeCompare(b.caseId);

/** Splits time-ordered calls where the gap to the one before is longer than `windowMs`. */
function chains(calls: readonly Call[], windowMs: number): Call[][] {
  const out: Call[][] = [];
  let current: Call[] = [];
  for (const c of calls) {
    const last = current.at(-1);
    if (last && Date.parse(c.registeredAt) - Date.parse(last.registeredAt) > windowMs) {
      out.push(current);
      current = [];
    }
    current.push(c);
  }
  if (current.length > 0) out.push(current);
  return out;
}

function groupedBy(calls: Iterable<Call>, key: (c: Call) => string | null): Map<string, Call[]> {
  const by = new Map<string, Call[]>();
  for (const c of calls) {
    const k = key(c);
    if (k === null) continue;
    const list = by.get(k);
    if (list) list.push(c);
    else by.set(k, [c]);
  }
  return by;
}

/**
 * 重复来电: the same phone calling again about the same matter (category) within `windowDays` of
 * its previous call. The most calls first, then the latest.
 */
export function repeatCallers(calls: Iterable<Call>, windowDays: number): RepeatCaller[] {
  const out: RepeatCaller[] = [];
  for (const list of groupedBy(calls, (c) => (c.phone ? `${c.phone}\u0000${c.categoryId}` : null)).values()) {
    for (const chain of chains(list.sort(byTime), windowDays * 24 * hourMs)) {
      if (chain.length >= 2) out.push({ phone: chain[0]!.phone!, categoryId: chain[0]!.categoryId, calls: chain });
    }
  }
  return out.sort((a, b) => b.calls.length - a.calls.length || b.calls.at(-1)!.registeredAt.localeCompare(a.calls.at(-1)!.registeredAt));
}

/** A case still open to a merge, by the state machine's own rule. */
const mergeable: readonly CaseStatus[] = actionRules['case.merged'].from;

export interface GroupSuggestion {
  readonly committeeId: string;
  readonly categoryId: string;
  /** Distinct callers (each anonymous call is a caller of its own). */
  readonly callers: number;
  /** The case the others merge into: the first one a unit already holds, else the first filed. */
  readonly mainCaseId: string;
  /** Every open call of the burst, oldest first, the main case among them. */
  readonly calls: readonly Call[];
}

/**
 * 群体性诉求: many callers, one matter (category), one place (committee), in a short window (each
 * call within `windowHours` of the one before), still open. Merged under one main case, they
 * count as one group request, which the assessment rewards when resolved (`groupMinCalls`).
 */
export function groupRequests(calls: Iterable<Call>, options: { windowHours: number; minCallers: number }): GroupSuggestion[] {
  const open = [...calls].filter((c) => mergeable.includes(c.status));
  const out: GroupSuggestion[] = [];
  for (const list of groupedBy(open, (c) => `${c.committeeId}\u0000${c.categoryId}`).values()) {
    for (const chain of chains(list.sort(byTime), options.windowHours * hourMs)) {
      const callers = new Set(chain.map((c) => c.phone ?? `anonymous:${c.caseId}`)).size;
      if (callers < options.minCallers) continue;
      const main = chain.find((c) => c.responsibleUnitId !== null) ?? chain[0]!;
      out.push({ committeeId: main.committeeId, categoryId: main.categoryId, callers, mainCaseId: main.caseId, calls: chain });
    }
  }
  return out.sort((a, b) => b.callers - a.callers || a.mainCaseId.localeCompare(b.mainCaseId));
}

import type { CaseEventOf } from './events';
import type { CaseAppealRecord, CaseRecord } from './record';

/** A deduction's id names the case it was taken on (`card:<case>:…`, `hasty:<case>:…`), so an appeal cannot reach another case. */
export function deductionOnCase(deductionId: string, caseId: string): boolean {
  return deductionId.startsWith(`card:${caseId}:`) || deductionId.startsWith(`hasty:${caseId}:`);
}

/** The appeal of a deduction still waiting for its ruling, if any. */
export function openAppealOf(record: CaseRecord, deductionId: string): CaseAppealRecord | undefined {
  return record.appeals?.find((a) => a.deductionId === deductionId && a.ruling === null);
}

export function appealOn(record: CaseRecord, appealId: string): CaseAppealRecord | undefined {
  return record.appeals?.find((a) => a.id === appealId);
}

/**
 * 申诉 in the fold. Appeals are kept whatever the case's state (deductions are counted on closed
 * cases too). Two seats that appealed one deduction while apart keep both; each is ruled on its own.
 */
export function foldAppeal(s: CaseRecord, e: CaseEventOf<'case.appealed'>, at: string): CaseRecord {
  if (!deductionOnCase(e.payload.deductionId, s.id) || appealOn(s, e.id)) return s;
  const appeal: CaseAppealRecord = {
    id: e.id,
    deductionId: e.payload.deductionId,
    unitId: s.responsibleUnitId ?? '',
    reason: e.payload.reason,
    at,
    by: e.actorId,
    ruling: null,
  };
  return { ...s, appeals: [...(s.appeals ?? []), appeal] };
}

/** A supervisor rules once: the first ruling by HLC stands, a later one stays in the timeline only. */
export function foldAppealRuling(s: CaseRecord, e: CaseEventOf<'case.appeal_ruled'>, at: string): CaseRecord {
  const appeal = appealOn(s, e.payload.appealId);
  if (!appeal || appeal.ruling !== null) return s;
  const ruling = { ruling: e.payload.ruling, note: e.payload.note, at, by: e.actorId };
  return { ...s, appeals: (s.appeals ?? []).map((a) => (a === appeal ? { ...a, ruling } : a)) };
}

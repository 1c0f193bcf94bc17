import type { ClosureCode } from '../case/loop-vocabulary';
import type { CaseRecord } from '../case/record';
import type { AssessmentRule } from './rule';

/** The three signs of a hasty closure (敷衍办结), each a flag a supervisor can review. */
export const hastyKinds = ['quick_no_contact', 'copied_reply', 'solved_not_resolved'] as const;
export type HastyKind = (typeof hastyKinds)[number];

export interface HastyFlag {
  readonly caseId: string;
  readonly unitId: string;
  readonly kind: HastyKind;
  /** For a copied reply: the earlier case whose reply it matches. */
  readonly similarTo: string | null;
}

export function hastyDeductionId(flag: Pick<HastyFlag, 'caseId' | 'kind'>): string {
  return `hasty:${flag.caseId}:${flag.kind}`;
}

export type RepliedCase = Pick<CaseRecord, 'id' | 'clockStartedAt' | 'contact' | 'reply'>;

/** A case's replies and callbacks in order: a reply the callback finds unsolved is gone from the record once it reopens. */
export type LoopStep =
  | { readonly type: 'case.replied'; readonly caseId: string; readonly unitId: string; readonly closureCode: ClosureCode }
  | { readonly type: 'case.evaluated'; readonly caseId: string; readonly resolved: boolean };

/** The set of character bigrams of a text, whitespace and punctuation left out. */
export function shingles(text: string): Set<string> {
  const chars = [...text.replace(/[\s\p{P}]/gu, '')];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(`${chars[i]}${chars[i + 1]}`);
  return out;
}

/** Jaccard similarity of two shingle sets: 1 for the same text, 0 for nothing in common. */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let common = 0;
  for (const s of a) if (b.has(s)) common++;
  return common / (a.size + b.size - common);
}

/** How many of a unit's latest replies a new one is compared with: enough to catch a template, bounded in cost. */
export const COMPARED_REPLIES = 50;

/**
 * Hasty-closure flags over cases replied to: a reply within minutes of the dispatch with no contact
 * recorded; a reply nearly the same as one of the unit's earlier replies; a case the unit called
 * solved that the citizen, called back, says is not.
 */
export function hastyFlags(cases: readonly RepliedCase[], steps: readonly LoopStep[], rule: AssessmentRule): HastyFlag[] {
  const replied = cases
    .flatMap((c) => (c.reply ? [{ c, reply: c.reply }] : []))
    .sort((a, b) => a.reply.at.localeCompare(b.reply.at) || a.c.id.localeCompare(b.c.id));
  const earlier = new Map<string, { id: string; shingles: Set<string> }[]>();
  const flags: HastyFlag[] = [];
  for (const { c, reply } of replied) {
    const unitId = reply.unitId;
    const flag = (kind: HastyKind, similarTo: string | null = null): void => {
      flags.push({ caseId: c.id, unitId, kind, similarTo });
    };
    if (
      c.contact === null &&
      c.clockStartedAt !== null &&
      Date.parse(reply.at) - Date.parse(c.clockStartedAt) <= rule.hastyReplyMinutes * 60_000
    ) {
      flag('quick_no_contact');
    }
    const own = shingles(`${reply.result}${reply.answer}`);
    const previous = earlier.get(unitId) ?? [];
    const match = previous.find((p) => similarity(own, p.shingles) >= rule.hastySimilarity);
    if (match) flag('copied_reply', match.id);
    previous.push({ id: c.id, shingles: own });
    if (previous.length > COMPARED_REPLIES) previous.shift();
    earlier.set(unitId, previous);
  }
  return [...flags, ...solvedButNotResolved(steps)];
}

/** Each case whose unit called it solved and whose next callback said it was not, once per case and unit. */
function solvedButNotResolved(steps: readonly LoopStep[]): HastyFlag[] {
  const lastReply = new Map<string, Extract<LoopStep, { type: 'case.replied' }>>();
  const flagged = new Map<string, HastyFlag>();
  for (const step of steps) {
    if (step.type === 'case.replied') {
      lastReply.set(step.caseId, step);
      continue;
    }
    const reply = lastReply.get(step.caseId);
    lastReply.delete(step.caseId);
    if (!reply || step.resolved || reply.closureCode !== 'solved') continue;
    const key = `${reply.caseId}\u0000${reply.unitId}`;
    if (!flagged.has(key)) flagged.set(key, { caseId: reply.caseId, unitId: reply.unitId, kind: 'solved_not_resolved', similarTo: null });
  }
  return [...flagged.values()];
}

/** Cases with at least one flag that no ruling has overturned. */
export function standingHastyCases(flags: readonly HastyFlag[], waived: ReadonlySet<string>): Set<string> {
  return new Set(flags.filter((f) => !waived.has(hastyDeductionId(f))).map((f) => f.caseId));
}

import type { CaseActInput } from '../../../shared/api/methods/loop';
import type { CaseEvent } from '../../../shared/case/events';
import { applyCaseEvent, foldCase } from '../../../shared/case/fold';
import type { CaseRecord } from '../../../shared/case/record';
import type { UserProfile } from '../../../shared/reference/types';
import { commitCaseEvents } from '../cases/commit';
import type { CoreContext } from '../context';
import { checkedRegistration, type Registration } from '../intake/register-case';
import { checkedCaseAction } from '../loop/perform-action';
import type { WritableDB } from '../store/db';

interface Held {
  record: CaseRecord;
  readonly events: CaseEvent[];
}

/**
 * Cases of a long history whose stories are played in memory and committed once each story is
 * over: every event is made and checked exactly as `registerCase` and `performCaseAction` make
 * and check it (references, visibility, the state machine, the core's rules), stamped at the
 * moment it happens, and folded as the store folds it; only the writing waits, so a case's
 * projection (record, clocks, facts) is written once instead of once per event. What the store
 * holds afterwards is the fold of the same events — what `npm run rebuild:projections` checks.
 */
export class CasesInMemory {
  private readonly held = new Map<string, Held>();

  constructor(private readonly ctx: CoreContext) {}

  has(caseId: string): boolean {
    return this.held.has(caseId);
  }

  get(caseId: string): CaseRecord | null {
    return this.held.get(caseId)?.record ?? null;
  }

  get size(): number {
    return this.held.size;
  }

  file(tx: WritableDB, actor: UserProfile, input: Registration): CaseRecord {
    const { envelope, events } = checkedRegistration(this.ctx, tx, actor, input);
    const record = foldCase(events);
    if (!record) throw new Error(`a new case folds to nothing: ${envelope.caseId}`);
    this.held.set(record.id, { record, events });
    return record;
  }

  act(tx: WritableDB, actor: UserProfile, input: CaseActInput): CaseRecord {
    const held = this.held.get(input.caseId);
    if (!held) throw new Error(`not held in memory: ${input.caseId}`);
    const event = checkedCaseAction(this.ctx, tx, actor, held.record, input);
    held.record = applyCaseEvent(held.record, event);
    held.events.push(event);
    return held.record;
  }

  /** Writes a held case's events and its projection, and lets it go. */
  commit(tx: WritableDB, caseId: string): void {
    const held = this.held.get(caseId);
    if (!held) return;
    this.held.delete(caseId);
    commitCaseEvents(tx, caseId, held.events);
  }

  commitAll(tx: WritableDB): void {
    for (const caseId of [...this.held.keys()]) this.commit(tx, caseId);
  }
}

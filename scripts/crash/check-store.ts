import { rebuildProjections } from '../../electron/core/cases/rebuild-projections';
import { openDatabase } from '../../electron/core/store/db';
import { allCaseIds, eventsForCase } from '../../electron/core/store/events';

/** What a seat's API acknowledged before a check: each must be in its store after any kill. */
export interface Acknowledged {
  readonly filed: ReadonlySet<string>;
  readonly actions: readonly { caseId: string; hlc: string }[];
}

export interface StoreCheck {
  readonly cases: number;
  /** Acknowledged filings or actions missing from the store. */
  readonly lost: string[];
  /** Anything else wrong: integrity, projections that differ from their events. */
  readonly problems: string[];
}

/**
 * Reads a seat's store beside it, as `npm run rebuild:projections -- --check` does: SQLite's own
 * integrity check, every projection against the fold of its events, every acknowledged filing and
 * action present. Writes nothing.
 */
export function checkSeatStore(dbFile: string, acknowledged: Acknowledged): StoreCheck {
  const db = openDatabase(dbFile);
  try {
    const problems: string[] = [];
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    const rebuilt = rebuildProjections(db, { write: false });
    for (const id of rebuilt.mismatched) problems.push(`projection of ${id} differs from the fold of its events`);
    const caseIds = new Set(allCaseIds(db));
    const lost: string[] = [];
    for (const id of acknowledged.filed) if (!caseIds.has(id)) lost.push(`acknowledged case ${id} is missing`);
    const hlcs = new Map<string, Set<string>>();
    for (const { caseId, hlc } of acknowledged.actions) {
      let held = hlcs.get(caseId);
      if (!held) hlcs.set(caseId, (held = new Set(eventsForCase(db, caseId).map((e) => e.hlc))));
      if (!held.has(hlc)) lost.push(`acknowledged action on ${caseId} (event ${hlc}) is missing`);
    }
    return { cases: caseIds.size, lost, problems };
  } finally {
    db.close();
  }
}

import type { CaseRecord } from './record';

/**
 * The fields a case starts with empty (startCase), with their empty values. A stored record
 * leaves out those still empty: most of an open case's record is empty lists and nulls, and the
 * hub's projection is parsed into jsonb for every case a push touches, so a third fewer bytes is
 * a third less of that work (docs/decisions/0061).
 */
export function emptyCaseFields() {
  return {
    responsibleUnitId: null,
    dispatches: [],
    custody: [],
    clockStartedAt: null,
    acceptedAt: null,
    contact: null,
    reply: null,
    resumeStatus: null,
    pending: null,
    rulings: [],
    extensionDaysGranted: 0,
    coHandlerUnitIds: [],
    whistles: [],
    callbackFailures: [],
    evaluation: null,
    reopenCount: 0,
    reopenedAt: null,
    cards: [],
    flags: [],
    mergedIntoCaseId: null,
    closedAt: null,
    closeReason: null,
    needsSupervisor: false,
  } satisfies Partial<CaseRecord>;
}

type EmptyField = keyof ReturnType<typeof emptyCaseFields>;
/** A record as stored: every field a case starts with empty may be left out while it is. */
export type StoredCaseRecord = Omit<CaseRecord, EmptyField> & Partial<Pick<CaseRecord, EmptyField>>;

const emptyKeys = new Set<string>(Object.keys(emptyCaseFields()));

function isEmpty(value: unknown): boolean {
  return value === null || value === 0 || value === false || (Array.isArray(value) && value.length === 0);
}

/** The record without the fields that are still as a new case has them. */
export function compactCaseRecord(record: CaseRecord): StoredCaseRecord {
  // for…in, not Object.entries: building the pairs cost as much as the shorter JSON saves.
  const out: Record<string, unknown> = {};
  for (const key in record) {
    const value = record[key as keyof CaseRecord];
    if (!(isEmpty(value) && emptyKeys.has(key))) out[key] = value;
  }
  return out as StoredCaseRecord;
}

/** The whole record again; a record stored whole (before compaction) reads as it was. */
export function expandCaseRecord(stored: StoredCaseRecord): CaseRecord {
  return { ...emptyCaseFields(), ...stored };
}

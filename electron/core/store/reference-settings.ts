import { z } from 'zod';
import { AssessmentRule } from '../../../shared/assessment/rule';
import { createWorkingCalendar } from '../../../shared/sla/build-calendar';
import { LocalOverride } from '../../../shared/sla/calendar';
import { SlaPolicy } from '../../../shared/sla/policy';
import { YearSchedule } from '../../../shared/sla/year-schedule';
import { parseHlc } from '../../../shared/sync/hlc';
import type { ReferenceRecord } from '../../../shared/sync/wire';
import { upsertAssessmentRule } from './assessment-ledger';
import type { DB } from './db';
import { deleteKnowledge, saveKnowledge } from './knowledge';
import { deleteOverride, listLoadedYears, listOverrides, logCalendarChange, saveLoadedYear, saveOverride, upsertPolicy } from './sla-settings';
import { deleteSynonymGroup, saveSynonymGroup } from './synonyms';

/**
 * The admin's settings as reference records: what id each is kept under, and how a record that
 * won at this seat is put in force in the table the seat works from. An edit made here and one
 * pulled from the hub take the same shapes, so every seat reads the same record the same way.
 */
const settingsKinds = ['sla_policy', 'calendar', 'knowledge', 'synonym', 'assessment_rule'] as const satisfies readonly ReferenceRecord['kind'][];
export type SettingsKind = (typeof settingsKinds)[number];

export function isSettingsKind(kind: ReferenceRecord['kind']): kind is SettingsKind {
  return (settingsKinds as readonly string[]).includes(kind);
}

/** Who saved a version, and when: every settings record carries it, for the tables that show it. */
const Saved = z.object({ savedAt: z.string().min(1), savedBy: z.string().min(1) });
export type Saved = z.infer<typeof Saved>;

const KnowledgeRecord = z.object({ id: z.string(), question: z.string(), answer: z.string(), keywords: z.array(z.string()) });
const SynonymRecord = z.object({ id: z.string(), term: z.string(), forms: z.array(z.string()) });

export const referenceIds = {
  policy: (version: number) => String(version),
  rule: (version: number) => String(version),
  override: (date: string) => date,
  year: (year: number) => `year-${year}`,
};
const YEAR_ID = /^year-(\d{4})$/;

export class SettingsShapeError extends Error {}

function shaped<T>(schema: z.ZodType<T>, record: ReferenceRecord, idOf: (value: T) => string): T & Saved {
  const value = schema.safeParse(record.data);
  const saved = Saved.safeParse(record.data);
  if (!value.success || !saved.success || idOf(value.data) !== record.id) {
    throw new SettingsShapeError(`${record.kind} ${record.id}: not the shape this seat keeps`);
  }
  return { ...value.data, ...saved.data };
}

/** An override or a loaded year that does not fit the calendar it joins is refused whole. */
function checkCalendar(db: DB, record: ReferenceRecord): void {
  const built = createWorkingCalendar({ loadedYears: listLoadedYears(db), overrides: listOverrides(db) });
  if (!built.ok) throw new SettingsShapeError(`calendar ${record.id}: ${built.issues.map((i) => i.code).join(', ')}`);
}

/** Tombstones of a calendar day's override, a knowledge entry or a synonym group delete it; policy and rule versions are never deleted. */
function applyTombstone(db: DB, record: ReferenceRecord & { kind: SettingsKind }): void {
  const at = new Date(parseHlc(record.hlc).wallMs).toISOString();
  switch (record.kind) {
    case 'calendar':
      if (!YEAR_ID.test(record.id) && deleteOverride(db, record.id)) {
        logCalendarChange(db, at, `seat ${parseHlc(record.hlc).node}`, { type: 'override_removed', date: record.id });
      }
      return;
    case 'knowledge':
      deleteKnowledge(db, record.id);
      return;
    case 'synonym':
      deleteSynonymGroup(db, record.id);
      return;
    case 'sla_policy':
    case 'assessment_rule':
      return;
  }
}

export function applySettingsRecord(db: DB, record: ReferenceRecord & { kind: SettingsKind }): void {
  if (record.data === null) {
    applyTombstone(db, record);
    return;
  }
  switch (record.kind) {
    case 'sla_policy': {
      const { savedAt, savedBy, ...policy } = shaped(SlaPolicy, record, (p) => referenceIds.policy(p.version));
      upsertPolicy(db, policy, savedAt, savedBy);
      return;
    }
    case 'assessment_rule': {
      const { savedAt, savedBy, ...rule } = shaped(AssessmentRule, record, (r) => referenceIds.rule(r.version));
      upsertAssessmentRule(db, rule, savedAt, savedBy);
      return;
    }
    case 'calendar': {
      const year = YEAR_ID.exec(record.id);
      if (year) {
        const { savedAt, savedBy, ...schedule } = shaped(YearSchedule, record, (y) => referenceIds.year(y.year));
        saveLoadedYear(db, schedule);
        checkCalendar(db, record);
        logCalendarChange(db, savedAt, savedBy, { type: 'year_loaded', year: schedule.year, notice: schedule.notice ?? null });
      } else {
        const { savedAt, savedBy, ...override } = shaped(LocalOverride, record, (o) => referenceIds.override(o.date));
        saveOverride(db, override);
        checkCalendar(db, record);
        logCalendarChange(db, savedAt, savedBy, { type: 'override_saved', override });
      }
      return;
    }
    case 'knowledge': {
      const { savedAt, savedBy, ...entry } = shaped(KnowledgeRecord, record, (e) => e.id);
      saveKnowledge(db, entry, savedAt, savedBy);
      return;
    }
    case 'synonym': {
      const { savedAt, savedBy, ...group } = shaped(SynonymRecord, record, (g) => g.id);
      saveSynonymGroup(db, group, savedAt, savedBy);
      return;
    }
  }
}

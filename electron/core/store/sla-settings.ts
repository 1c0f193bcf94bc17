import type { LocalOverride } from '../../../shared/sla/calendar';
import { CalendarChange } from '../../../shared/sla/calendar-change';
import { SlaPolicy } from '../../../shared/sla/policy';
import { YearSchedule } from '../../../shared/sla/year-schedule';
import { preparedFor, type DB } from './db';

export interface StoredPolicy {
  readonly policy: SlaPolicy;
  readonly savedAt: string;
  readonly savedBy: string;
}

const sql = preparedFor((db) => ({
  policies: db.prepare<[], { policy: string; saved_at: string; saved_by: string }>(
    'SELECT policy, saved_at, saved_by FROM sla_policies ORDER BY version',
  ),
  insertPolicy: db.prepare<[number, string, string, string, string]>(
    'INSERT INTO sla_policies (version, effective_from, policy, saved_at, saved_by) VALUES (?, ?, ?, ?, ?)',
  ),
  upsertPolicy: db.prepare<[number, string, string, string, string]>(
    `INSERT INTO sla_policies (version, effective_from, policy, saved_at, saved_by) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (version) DO UPDATE SET effective_from = excluded.effective_from, policy = excluded.policy,
       saved_at = excluded.saved_at, saved_by = excluded.saved_by`,
  ),
  overrides: db.prepare<[], { day: string; working: number; reason: string }>(
    'SELECT day, working, reason FROM calendar_overrides ORDER BY day',
  ),
  upsertOverride: db.prepare<[string, number, string]>(
    `INSERT INTO calendar_overrides (day, working, reason) VALUES (?, ?, ?)
     ON CONFLICT (day) DO UPDATE SET working = excluded.working, reason = excluded.reason`,
  ),
  deleteOverride: db.prepare<[string]>('DELETE FROM calendar_overrides WHERE day = ?'),
  years: db.prepare<[], { schedule: string }>('SELECT schedule FROM calendar_years ORDER BY year'),
  upsertYear: db.prepare<[number, string]>(
    'INSERT INTO calendar_years (year, schedule) VALUES (?, ?) ON CONFLICT (year) DO UPDATE SET schedule = excluded.schedule',
  ),
  logChange: db.prepare<[string, string, string]>('INSERT INTO calendar_changes (at, by, change) VALUES (?, ?, ?)'),
  changes: db.prepare<[number], { at: string; by: string; change: string }>(
    'SELECT at, by, change FROM calendar_changes ORDER BY seq DESC LIMIT ?',
  ),
}));

export function listPolicies(db: DB): StoredPolicy[] {
  return sql(db)
    .policies.all()
    .map((r) => ({ policy: SlaPolicy.parse(JSON.parse(r.policy)), savedAt: r.saved_at, savedBy: r.saved_by }));
}

export function insertPolicy(db: DB, policy: SlaPolicy, savedAt: string, savedBy: string): void {
  sql(db).insertPolicy.run(policy.version, policy.effectiveFrom, JSON.stringify(policy), savedAt, savedBy);
}

/** A version as another admin seat saved it: the same number saved at two seats at once is one record, the later one wins. */
export function upsertPolicy(db: DB, policy: SlaPolicy, savedAt: string, savedBy: string): void {
  sql(db).upsertPolicy.run(policy.version, policy.effectiveFrom, JSON.stringify(policy), savedAt, savedBy);
}

export function listOverrides(db: DB): LocalOverride[] {
  return sql(db)
    .overrides.all()
    .map((r) => ({ date: r.day, working: r.working === 1, reason: r.reason }));
}

export function saveOverride(db: DB, o: LocalOverride): void {
  sql(db).upsertOverride.run(o.date, o.working ? 1 : 0, o.reason);
}

export function deleteOverride(db: DB, day: string): boolean {
  return sql(db).deleteOverride.run(day).changes === 1;
}

export function listLoadedYears(db: DB): YearSchedule[] {
  return sql(db)
    .years.all()
    .map((r) => YearSchedule.parse(JSON.parse(r.schedule)));
}

export function saveLoadedYear(db: DB, schedule: YearSchedule): void {
  sql(db).upsertYear.run(schedule.year, JSON.stringify(schedule));
}

/** The calendar's history: who added, removed or loaded what, newest first. */
export function logCalendarChange(db: DB, at: string, by: string, change: CalendarChange): void {
  sql(db).logChange.run(at, by, JSON.stringify(change));
}

export function listCalendarChanges(db: DB, limit: number): { at: string; by: string; change: CalendarChange }[] {
  return sql(db)
    .changes.all(limit)
    .map((r) => ({ at: r.at, by: r.by, change: CalendarChange.parse(JSON.parse(r.change)) }));
}

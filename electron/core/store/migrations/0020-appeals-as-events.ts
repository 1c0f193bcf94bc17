import { monotonicFactory } from 'ulid';
import type { DB } from '../db';

interface LegacyAppeal {
  id: string;
  deduction_id: string;
  case_id: string;
  reason: string;
  appealed_at: string;
  appealed_by: string;
  ruling: string | null;
  ruling_note: string | null;
  ruled_at: string | null;
  ruled_by: string | null;
}

const hlcAt = (iso: string, node: string) => `${Date.parse(iso).toString().padStart(15, '0')}-0000-${node}`;

/**
 * Appeals became events of their case, so they sync: a unit's appeal reaches the centre, the
 * ruling reaches the unit. Appeals filed before lived only in `assessment_appeals`: each becomes
 * a `case.appealed` event under its own id and its ruling a `case.appeal_ruled`, stamped at the
 * times recorded by this seat; their cases are queued to be folded again, which writes the
 * same rows back from the events. The HLC is written out here rather than imported: a migration
 * keeps the format of the day it was released.
 */
export function updateToSchemaVersion20(db: DB): void {
  const legacy = db
    .prepare<[], LegacyAppeal>(
      `SELECT id, deduction_id, case_id, reason, appealed_at, appealed_by, ruling, ruling_note, ruled_at, ruled_by
       FROM assessment_appeals WHERE id NOT IN (SELECT id FROM events) ORDER BY appealed_at, id`,
    )
    .all();
  if (legacy.length === 0) return;
  const seat = db.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'seat.code'").get()?.value ?? 'LEGACY';
  const newId = monotonicFactory();
  const insert = db.prepare<[string, string, string, string, string, string, string]>(
    'INSERT INTO events (id, case_id, seat_id, hlc, actor_id, type, payload) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const queue = db.prepare<[string]>('INSERT OR IGNORE INTO projection_pending (case_id) VALUES (?)');
  for (const a of legacy) {
    insert.run(a.id, a.case_id, seat, hlcAt(a.appealed_at, seat), a.appealed_by, 'case.appealed', JSON.stringify({ deductionId: a.deduction_id, reason: a.reason }));
    if (a.ruling !== null && a.ruled_at !== null && a.ruled_by !== null) {
      const payload = JSON.stringify({ appealId: a.id, ruling: a.ruling, note: a.ruling_note ?? '' });
      insert.run(newId(Date.parse(a.ruled_at)), a.case_id, seat, hlcAt(a.ruled_at, seat), a.ruled_by, 'case.appeal_ruled', payload);
    }
    queue.run(a.case_id);
  }
}

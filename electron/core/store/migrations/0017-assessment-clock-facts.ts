import type { DB } from '../db';

/** For one kind of clock: the responsible unit's clocks of that kind on the case, as three facts. */
const kindFacts = (kind: string, p: string, caseId: string) => {
  const own = `FROM case_clocks k WHERE k.case_id = ${caseId} AND k.kind = '${kind}' AND k.unit_id = f.unit_id`;
  return `${p}_has = EXISTS (SELECT 1 ${own}),
    ${p}_late_ended = EXISTS (SELECT 1 ${own} AND k.ended_at > k.deadline),
    ${p}_running_deadline = (SELECT MIN(k.deadline) ${own} AND k.ended_at IS NULL)`;
};
const refresh = (caseId: string) => `UPDATE assessment_facts AS f SET
    ${kindFacts('accept', 'accept', caseId)},
    ${kindFacts('firstContact', 'contact', caseId)},
    ${kindFacts('reply', 'reply', caseId)}
  WHERE f.case_id = ${caseId};`;

/**
 * The accept, first-contact and reply clocks of each case's responsible unit, folded once into
 * `assessment_facts` (has one; one ended late; the earliest deadline still running), so a year's
 * assessment reads one narrow row per case instead of joining three clock rows each. Triggers
 * keep the facts in step with every write of a clock or of the responsible unit, whoever writes
 * them (projection, refold, sync); filled here for the cases already stored.
 */
export function updateToSchemaVersion17(db: DB): void {
  db.exec(`
    ALTER TABLE assessment_facts ADD COLUMN accept_has INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE assessment_facts ADD COLUMN accept_late_ended INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE assessment_facts ADD COLUMN accept_running_deadline TEXT;
    ALTER TABLE assessment_facts ADD COLUMN contact_has INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE assessment_facts ADD COLUMN contact_late_ended INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE assessment_facts ADD COLUMN contact_running_deadline TEXT;
    ALTER TABLE assessment_facts ADD COLUMN reply_has INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE assessment_facts ADD COLUMN reply_late_ended INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE assessment_facts ADD COLUMN reply_running_deadline TEXT;

    CREATE TRIGGER assessment_clock_inserted AFTER INSERT ON case_clocks
      WHEN NEW.kind IN ('accept', 'firstContact', 'reply')
      BEGIN ${refresh('NEW.case_id')} END;
    CREATE TRIGGER assessment_clock_updated AFTER UPDATE OF kind, unit_id, deadline, ended_at ON case_clocks
      WHEN NEW.kind IN ('accept', 'firstContact', 'reply') OR OLD.kind IN ('accept', 'firstContact', 'reply')
      BEGIN ${refresh('NEW.case_id')} END;
    CREATE TRIGGER assessment_clock_deleted AFTER DELETE ON case_clocks
      WHEN OLD.kind IN ('accept', 'firstContact', 'reply')
      BEGIN ${refresh('OLD.case_id')} END;
    CREATE TRIGGER assessment_facts_inserted AFTER INSERT ON assessment_facts
      BEGIN ${refresh('NEW.case_id')} END;
    CREATE TRIGGER assessment_facts_unit_changed AFTER UPDATE OF unit_id ON assessment_facts
      WHEN OLD.unit_id IS NOT NEW.unit_id
      BEGIN ${refresh('NEW.case_id')} END;

    ${refresh('f.case_id').replace(/WHERE f\.case_id = f\.case_id;$/, ';')}
  `);
}

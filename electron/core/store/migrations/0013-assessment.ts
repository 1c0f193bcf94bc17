import type { DB } from '../db';

/**
 * Assessment: the scoring rules, versioned (a report names the version it used, so a new rule
 * never rewrites an old report), and the ledger of deductions appealed or reviewed: the appeal,
 * the ruling and who made each are kept, never overwritten.
 */
export function updateToSchemaVersion13(db: DB): void {
  db.exec(`
    CREATE TABLE assessment_rules (
      version INTEGER PRIMARY KEY,
      rule TEXT NOT NULL CHECK (json_valid(rule)),
      saved_at TEXT NOT NULL,
      saved_by TEXT NOT NULL
    ) STRICT;

    CREATE TABLE assessment_appeals (
      id TEXT PRIMARY KEY,
      deduction_id TEXT NOT NULL,
      case_id TEXT NOT NULL,
      unit_id TEXT NOT NULL,
      reason TEXT NOT NULL,
      appealed_at TEXT NOT NULL,
      appealed_by TEXT NOT NULL,
      ruling TEXT CHECK (ruling IN ('upheld', 'overturned')),
      ruling_note TEXT,
      ruled_at TEXT,
      ruled_by TEXT
    ) STRICT;
    CREATE INDEX assessment_appeals_deduction ON assessment_appeals(deduction_id);
    CREATE INDEX assessment_appeals_open ON assessment_appeals(appealed_at) WHERE ruling IS NULL;
  `);
}

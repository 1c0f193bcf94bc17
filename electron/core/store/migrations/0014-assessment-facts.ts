import type { DB } from '../db';

/**
 * What the assessment counts, as narrow columns: one row per case and one per ruling, written
 * with the case's projection (cases.ts), so a year's aggregate reads an index by registration
 * time instead of parsing every case's JSON record. Filled here from the cases already stored.
 */
export function updateToSchemaVersion14(db: DB): void {
  db.exec(`
    CREATE TABLE assessment_facts (
      case_id TEXT PRIMARY KEY,
      unit_id TEXT,
      registered_at TEXT NOT NULL,
      status TEXT NOT NULL,
      evaluated INTEGER NOT NULL,
      resolved INTEGER,
      satisfaction TEXT,
      evaluated_at TEXT,
      calls INTEGER NOT NULL,
      reopens INTEGER NOT NULL
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX assessment_facts_period ON assessment_facts(registered_at);

    CREATE TABLE assessment_rulings (
      case_id TEXT NOT NULL,
      n INTEGER NOT NULL,
      unit_id TEXT NOT NULL,
      type TEXT NOT NULL,
      approved INTEGER NOT NULL,
      PRIMARY KEY (case_id, n)
    ) STRICT, WITHOUT ROWID;

    INSERT INTO assessment_facts
      SELECT id, responsible_unit_id, registered_at, status,
        json_extract(record, '$.evaluation') IS NOT NULL,
        json_extract(record, '$.evaluation.resolved'),
        json_extract(record, '$.evaluation.satisfaction'),
        json_extract(record, '$.evaluation.at'),
        COALESCE(json_array_length(record, '$.repeatCalls'), 0) + 1,
        COALESCE(json_extract(record, '$.reopenCount'), 0)
      FROM cases;
    INSERT INTO assessment_rulings
      SELECT c.id, r.key, r.value ->> '$.unitId', r.value ->> '$.type', r.value ->> '$.approved'
      FROM cases c, json_each(c.record, '$.rulings') r;
  `);
}

import type { DB } from '../db';
import { registerSearchFunctions } from '../search-functions';

/** What the search indexes hold of a case: its number, caller name, address and description. */
const indexed = {
  name: "coalesce(new.record ->> '$.caller.name', '')",
  address: "coalesce(new.record ->> '$.address', '')",
  description: "coalesce(new.record ->> '$.description', '')",
};
const grams = `search_grams(concat_ws(' ', new.number, ${indexed.name}, ${indexed.address}, ${indexed.description}))`;
const indexCase = `
  INSERT INTO case_text (rowid, number, name, address, description)
    VALUES (new.rowid, new.number, ${indexed.name}, ${indexed.address}, ${indexed.description});
  INSERT INTO case_grams (rowid, grams) VALUES (new.rowid, ${grams});`;

/**
 * Keyboard-first intake (issue 3):
 * - the caller's E.164 number, committee and category as generated columns of the projection,
 *   indexed, for the caller history and the duplicate check (the record stays the one truth);
 * - search: an FTS5 trigram index for 3+ characters and a character/pair index for 1–2
 *   (contentless: the text is in `cases`), kept in step by triggers on `cases`;
 * - the knowledge base for inquiries, and the record of calls transferred to 119/110/120.
 */
export function updateToSchemaVersion3(db: DB): void {
  registerSearchFunctions(db);
  db.exec(`
    ALTER TABLE cases ADD COLUMN caller_phone TEXT
      GENERATED ALWAYS AS (nullif(record ->> '$.caller.phone', '')) VIRTUAL;
    ALTER TABLE cases ADD COLUMN committee_id TEXT GENERATED ALWAYS AS (record ->> '$.committeeId') VIRTUAL;
    ALTER TABLE cases ADD COLUMN category_id TEXT GENERATED ALWAYS AS (record ->> '$.categoryId') VIRTUAL;
    CREATE INDEX cases_caller_phone ON cases(caller_phone, registered_at DESC);
    CREATE INDEX cases_committee_category ON cases(committee_id, category_id, registered_at DESC);

    CREATE VIRTUAL TABLE case_text USING fts5(
      number, name, address, description, content = '', contentless_delete = 1, tokenize = 'trigram'
    );
    CREATE VIRTUAL TABLE case_grams USING fts5(grams, content = '', contentless_delete = 1, tokenize = 'unicode61');

    CREATE TRIGGER cases_search_insert AFTER INSERT ON cases BEGIN ${indexCase}
    END;
    CREATE TRIGGER cases_search_update AFTER UPDATE OF number, record ON cases
      WHEN old.number IS NOT new.number
        OR old.record ->> '$.caller.name' IS NOT new.record ->> '$.caller.name'
        OR old.record ->> '$.address' IS NOT new.record ->> '$.address'
        OR old.record ->> '$.description' IS NOT new.record ->> '$.description'
    BEGIN
      DELETE FROM case_text WHERE rowid = old.rowid;
      DELETE FROM case_grams WHERE rowid = old.rowid;
      ${indexCase}
    END;
    CREATE TRIGGER cases_search_delete AFTER DELETE ON cases BEGIN
      DELETE FROM case_text WHERE rowid = old.rowid;
      DELETE FROM case_grams WHERE rowid = old.rowid;
    END;

    INSERT INTO case_text (rowid, number, name, address, description)
      SELECT rowid, number, coalesce(record ->> '$.caller.name', ''), coalesce(record ->> '$.address', ''),
        coalesce(record ->> '$.description', '')
      FROM cases;
    INSERT INTO case_grams (rowid, grams)
      SELECT rowid, search_grams(concat_ws(' ', number, record ->> '$.caller.name', record ->> '$.address', record ->> '$.description'))
      FROM cases;

    CREATE TABLE knowledge (
      id TEXT PRIMARY KEY,
      question TEXT NOT NULL,
      answer TEXT NOT NULL,
      keywords TEXT NOT NULL CHECK (json_valid(keywords)),
      position INTEGER NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL
    ) STRICT;

    CREATE TABLE emergency_transfers (
      id TEXT PRIMARY KEY,
      seat_id TEXT NOT NULL,
      hlc TEXT NOT NULL,
      actor_id TEXT NOT NULL,
      service TEXT NOT NULL CHECK (service IN ('119', '110', '120')),
      caller_phone TEXT,
      description TEXT NOT NULL,
      matched TEXT NOT NULL CHECK (json_valid(matched))
    ) STRICT;
    CREATE INDEX emergency_transfers_hlc ON emergency_transfers(hlc);
  `);
}

import type { DB } from '../db';

/** Reference data: the town's units, committees, category tree, routing rules and users. */
export function updateToSchemaVersion1(db: DB): void {
  db.exec(`
    CREATE TABLE meta (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE committees (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('residential', 'village'))
    ) STRICT;

    CREATE TABLE units (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      type TEXT NOT NULL CHECK (type IN ('department', 'committee')),
      committee_id TEXT REFERENCES committees(id)
    ) STRICT;

    CREATE TABLE categories (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      parent_id TEXT REFERENCES categories(id),
      position INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE routing_rules (
      id TEXT PRIMARY KEY,
      category_id TEXT NOT NULL REFERENCES categories(id),
      committee_id TEXT REFERENCES committees(id),
      unit_id TEXT NOT NULL REFERENCES units(id)
    ) STRICT;
    CREATE INDEX routing_rules_category ON routing_rules(category_id);

    CREATE TABLE users (
      id TEXT PRIMARY KEY,
      username TEXT NOT NULL UNIQUE,
      display_name TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('operator', 'dispatcher', 'supervisor', 'handler', 'admin')),
      unit_id TEXT REFERENCES units(id),
      password_hash TEXT NOT NULL,
      failed_logins INTEGER NOT NULL DEFAULT 0,
      locked_until TEXT
    ) STRICT;
  `);
}

import { preparedFor, type DB } from './db';

const sql = preparedFor((db) => ({
  get: db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?'),
  set: db.prepare<[string, string]>(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ),
}));

export function getMeta(db: DB, key: string): string | null {
  return sql(db).get.get(key)?.value ?? null;
}

export function setMeta(db: DB, key: string, value: string): void {
  sql(db).set.run(key, value);
}

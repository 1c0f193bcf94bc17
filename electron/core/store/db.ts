import Database from 'better-sqlite3';
import { migrate, type MigrationProgress } from './migrate';
import { registerSearchFunctions } from './search-functions';

export type DB = Database.Database;

declare const writing: unique symbol;
/**
 * The connection as the body of a write transaction sees it. Only `writeTransaction` hands one
 * out, so a write that must not run on its own (several statements, one projection) takes this
 * type, and calling it outside a transaction does not compile (Signal Desktop's `WritableDB`).
 */
export type WritableDB = DB & { readonly [writing]: true };

/** `db.transaction(body)`, whose body gets the connection as a `WritableDB`. */
export function writeTransaction<A extends unknown[], R>(
  db: DB,
  body: (tx: WritableDB, ...args: A) => R,
): Database.Transaction<(...args: A) => R> {
  // The brand is a promise about where the value is used, not about its contents: this is where it is made.
  return db.transaction((...args: A) => body(db as WritableDB, ...args));
}

/**
 * The WAL is checkpointed by the commit that crosses this many pages (16 MB), unless the idle
 * checkpointer got there first. A burst (sync catch-up, an import, a busy hour) then pays for a
 * checkpoint a quarter as often as at SQLite's default of 1,000, and each costs less than four
 * of those, because pages rewritten again and again are copied once.
 */
export const WAL_AUTOCHECKPOINT_PAGES = 4000;

/**
 * Opens (creating if needed) the case store and brings its schema up to date. WAL with
 * synchronous=FULL: a case the UI showed as saved survives a killed process and a power cut.
 */
export function openDatabase(file: string, options: { readonly onMigration?: (progress: MigrationProgress) => void } = {}): DB {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
    registerSearchFunctions(db);
    migrate(db, undefined, options.onMigration);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Caches one set of named prepared statements per connection. */
export function preparedFor<T>(prepare: (db: DB) => T): (db: DB) => T {
  const cache = new WeakMap<DB, T>();
  return (db) => {
    let statements = cache.get(db);
    if (!statements) {
      statements = prepare(db);
      cache.set(db, statements);
    }
    return statements;
  };
}

import Database from 'better-sqlite3';
import { join } from 'node:path';
import { DATABASE_FILE } from '../../electron/core/open-core';

/** Rows only a committed call adds: the proof, read beside the server, that a refusal wrote nothing. */
const tables = ['events', 'seat_sequences', 'knowledge', 'emergency_transfers', 'calendar_overrides', 'sla_policies'];

export function openRowCounter(dataDir: string): { total(): number; close(): void } {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
  const statements = tables.map((t) => db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${t}`));
  return {
    total: () => statements.reduce((sum, s) => sum + (s.get()?.n ?? 0), 0),
    close: () => db.close(),
  };
}

import { z } from 'zod';
import type { KnowledgeEntry } from '../../../shared/intake/knowledge';
import { preparedFor, type DB } from './db';

interface Row {
  id: string;
  question: string;
  answer: string;
  keywords: string;
}

const sql = preparedFor((db) => ({
  list: db.prepare<[], Row>('SELECT id, question, answer, keywords FROM knowledge ORDER BY position, id'),
  get: db.prepare<[string], Row>('SELECT id, question, answer, keywords FROM knowledge WHERE id = ?'),
  count: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM knowledge'),
  upsert: db.prepare<[string, string, string, string, string, string]>(
    `INSERT INTO knowledge (id, question, answer, keywords, position, updated_at, updated_by)
     VALUES (?, ?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM knowledge), ?, ?)
     ON CONFLICT (id) DO UPDATE SET question = excluded.question, answer = excluded.answer,
       keywords = excluded.keywords, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ),
  remove: db.prepare<[string]>('DELETE FROM knowledge WHERE id = ?'),
}));

const Keywords = z.array(z.string());
const entry = (r: Row): KnowledgeEntry => ({ ...r, keywords: Keywords.parse(JSON.parse(r.keywords)) });

export function listKnowledge(db: DB): KnowledgeEntry[] {
  return sql(db).list.all().map(entry);
}

export function getKnowledge(db: DB, id: string): KnowledgeEntry | null {
  const row = sql(db).get.get(id);
  return row ? entry(row) : null;
}

export function knowledgeIsEmpty(db: DB): boolean {
  return (sql(db).count.get()?.n ?? 0) === 0;
}

export function saveKnowledge(db: DB, e: KnowledgeEntry, at: string, by: string): void {
  sql(db).upsert.run(e.id, e.question, e.answer, JSON.stringify(e.keywords), at, by);
}

export function deleteKnowledge(db: DB, id: string): boolean {
  return sql(db).remove.run(id).changes === 1;
}

import { z } from 'zod';
import type { SynonymGroup } from '../../../shared/intake/synonyms';
import { preparedFor, type DB } from './db';

interface Row {
  id: string;
  term: string;
  forms: string;
}

const sql = preparedFor((db) => ({
  list: db.prepare<[], Row>('SELECT id, term, forms FROM synonyms ORDER BY term, id'),
  upsert: db.prepare<[string, string, string, string, string]>(
    `INSERT INTO synonyms (id, term, forms, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET term = excluded.term, forms = excluded.forms,
       updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ),
  remove: db.prepare<[string]>('DELETE FROM synonyms WHERE id = ?'),
}));

const Forms = z.array(z.string());

export function listSynonyms(db: DB): SynonymGroup[] {
  return sql(db)
    .list.all()
    .map((r) => ({ id: r.id, term: r.term, forms: Forms.parse(JSON.parse(r.forms)) }));
}

export function saveSynonymGroup(db: DB, g: SynonymGroup, at: string, by: string): void {
  sql(db).upsert.run(g.id, g.term, JSON.stringify(g.forms), at, by);
}

export function deleteSynonymGroup(db: DB, id: string): boolean {
  return sql(db).remove.run(id).changes === 1;
}

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
  listText: db.prepare<[], { raw: string }>(
    'SELECT json_group_array(json_array(id, term, forms)) AS raw FROM (SELECT id, term, forms FROM synonyms ORDER BY term, id)',
  ),
  upsert: db.prepare<[string, string, string, string, string]>(
    `INSERT INTO synonyms (id, term, forms, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET term = excluded.term, forms = excluded.forms,
       updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ),
  remove: db.prepare<[string]>('DELETE FROM synonyms WHERE id = ?'),
}));

const Forms = z.array(z.string());

const listed = new WeakMap<DB, { readonly raw: string; readonly groups: readonly SynonymGroup[] }>();

/**
 * The list, parsed again only when its stored text changed (by this connection or the sync
 * worker's): the same array until then, so what is derived from it (synonymLookup) is kept too.
 */
export function listSynonyms(db: DB): readonly SynonymGroup[] {
  const raw = sql(db).listText.get()?.raw ?? '[]';
  const cached = listed.get(db);
  if (cached?.raw === raw) return cached.groups;
  const groups = sql(db)
    .list.all()
    .map((r) => ({ id: r.id, term: r.term, forms: Forms.parse(JSON.parse(r.forms)) }));
  listed.set(db, { raw, groups });
  return groups;
}

export function saveSynonymGroup(db: DB, g: SynonymGroup, at: string, by: string): void {
  sql(db).upsert.run(g.id, g.term, JSON.stringify(g.forms), at, by);
}

export function deleteSynonymGroup(db: DB, id: string): boolean {
  return sql(db).remove.run(id).changes === 1;
}

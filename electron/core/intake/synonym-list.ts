import type { MethodOutput, ParsedInput } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { demoSynonyms } from '../../../shared/demo/synonyms';
import type { UserProfile } from '../../../shared/reference/types';
import type { CoreContext } from '../context';
import type { DB } from '../store/db';
import { getMeta, setMeta } from '../store/meta';
import { recordReferenceEdit } from '../sync/reference-edit';
import { deleteSynonymGroup, listSynonyms, saveSynonymGroup } from '../store/synonyms';

/** The demo town ships its shorthand once; an admin who later empties the list is not overruled. */
export function seedDemoSynonymsOnce(db: DB, at: string): boolean {
  if (getMeta(db, 'town.demo') !== 'true' || getMeta(db, 'synonyms.seeded') !== null) return false;
  db.transaction(() => {
    for (const group of demoSynonyms) saveSynonymGroup(db, group, at, 'demo');
    setMeta(db, 'synonyms.seeded', at);
  }).immediate();
  return true;
}

export function saveSynonyms(ctx: CoreContext, actor: UserProfile, input: ParsedInput<'synonyms:save'>): MethodOutput<'synonyms:save'> {
  const { db } = ctx;
  if (input.id !== null && !listSynonyms(db).some((g) => g.id === input.id)) throw new ApiError('not_found', { what: input.id }, 'id');
  const forms = [...new Set(input.forms)].filter((f) => f !== input.term);
  if (forms.length === 0) throw new ApiError('invalid_input', { detail: 'forms' }, 'forms');
  // A word in two groups would make search and the duplicate check guess which one it means.
  const taken = listSynonyms(db).find((g) => g.id !== input.id && [g.term, ...g.forms].some((w) => w === input.term || forms.includes(w)));
  if (taken) throw new ApiError('synonym_taken', { term: taken.term }, 'forms');
  const group = { id: input.id ?? `syn.${ctx.newId().toLowerCase()}`, term: input.term, forms };
  const at = ctx.now().toISOString();
  db.transaction(() => {
    saveSynonymGroup(db, group, at, actor.id);
    recordReferenceEdit(ctx, 'synonym', group.id, { ...group, savedAt: at, savedBy: actor.id });
  }).immediate();
  return group;
}

export function deleteSynonyms(ctx: CoreContext, id: string): MethodOutput<'synonyms:delete'> {
  ctx.db
    .transaction(() => {
      if (!deleteSynonymGroup(ctx.db, id)) throw new ApiError('not_found', { what: id }, 'id');
      recordReferenceEdit(ctx, 'synonym', id, null);
    })
    .immediate();
  return {};
}

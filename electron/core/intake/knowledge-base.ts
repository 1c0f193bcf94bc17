import type { MethodOutput, ParsedInput } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { demoKnowledge } from '../../../shared/demo/town';
import type { UserProfile } from '../../../shared/reference/types';
import type { CoreContext } from '../context';
import type { DB } from '../store/db';
import { deleteKnowledge, getKnowledge, saveKnowledge } from '../store/knowledge';
import { getMeta, setMeta } from '../store/meta';
import { recordReferenceEdit } from '../sync/reference-edit';

/** The demo town ships its answers once; an admin who later empties the base is not overruled. */
export function seedDemoKnowledgeOnce(db: DB, at: string): boolean {
  if (getMeta(db, 'town.demo') !== 'true' || getMeta(db, 'knowledge.seeded') !== null) return false;
  db.transaction(() => {
    for (const entry of demoKnowledge) saveKnowledge(db, entry, at, 'demo');
    setMeta(db, 'knowledge.seeded', at);
  }).immediate();
  return true;
}

export function saveKnowledgeEntry(
  ctx: CoreContext,
  actor: UserProfile,
  input: ParsedInput<'knowledge:save'>,
): MethodOutput<'knowledge:save'> {
  const id = input.id ?? `kb.${ctx.newId().toLowerCase()}`;
  if (input.id !== null && !getKnowledge(ctx.db, input.id)) throw new ApiError('not_found', { what: input.id }, 'id');
  const entry = { id, question: input.question, answer: input.answer, keywords: [...new Set(input.keywords)] };
  const at = ctx.now().toISOString();
  ctx.db
    .transaction(() => {
      saveKnowledge(ctx.db, entry, at, actor.id);
      recordReferenceEdit(ctx, 'knowledge', id, { ...entry, savedAt: at, savedBy: actor.id });
    })
    .immediate();
  return entry;
}

export function deleteKnowledgeEntry(ctx: CoreContext, id: string): MethodOutput<'knowledge:delete'> {
  ctx.db
    .transaction(() => {
      if (!deleteKnowledge(ctx.db, id)) throw new ApiError('not_found', { what: id }, 'id');
      recordReferenceEdit(ctx, 'knowledge', id, null);
    })
    .immediate();
  return {};
}

import { deleteKnowledgeEntry, saveKnowledgeEntry } from '../../intake/knowledge-base';
import { listKnowledge } from '../../store/knowledge';
import { sessionOf, type HandlersFor } from './types';

export const knowledgeHandlers = {
  'knowledge:list': (_input, { core }) => ({ entries: listKnowledge(core.db) }),
  'knowledge:save': (input, call) => saveKnowledgeEntry(call.core, sessionOf(call).user, input),
  'knowledge:delete': (input, { core }) => deleteKnowledgeEntry(core, input.id),
} satisfies HandlersFor<'knowledge:list' | 'knowledge:save' | 'knowledge:delete'>;

import { deleteSynonyms, saveSynonyms } from '../../intake/synonym-list';
import { listSynonyms } from '../../store/synonyms';
import { sessionOf, type HandlersFor } from './types';

/** The town's synonym list, read by search and the duplicate check. */
export const synonymHandlers = {
  'synonyms:list': (_input, { core }) => ({ groups: [...listSynonyms(core.db)] }),
  'synonyms:save': (input, call) => saveSynonyms(call.core, sessionOf(call).user, input),
  'synonyms:delete': (input, { core }) => deleteSynonyms(core, input.id),
} satisfies HandlersFor<'synonyms:list' | 'synonyms:save' | 'synonyms:delete'>;

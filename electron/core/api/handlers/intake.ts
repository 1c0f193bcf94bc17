import { demoTemplates } from '../../../../shared/demo/town';
import { unitScope } from '../../../../shared/reference/permissions';
import { callerHistory } from '../../intake/caller-history';
import { suggestCaseCategories, trainCategoryModel } from '../../intake/category-model';
import { checkDuplicates } from '../../intake/duplicate-check';
import { recordEmergencyTransfer } from '../../intake/emergency-transfer';
import { answerAtIntake, fileRepeatCall } from '../../intake/intake-outcomes';
import { deleteKnowledgeEntry, saveKnowledgeEntry } from '../../intake/knowledge-base';
import { searchCases } from '../../search/search-cases';
import { deleteSynonyms, saveSynonyms } from '../../intake/synonym-list';
import { listKnowledge } from '../../store/knowledge';
import { listSynonyms } from '../../store/synonyms';
import { sessionOf, type HandlersFor } from './types';

export const intakeHandlers = {
  'intake:callerHistory': (input, { core }) => callerHistory(core, input.phone),
  'intake:suggestCategories': (input, { core }) => ({ suggestions: suggestCaseCategories(core.db, input.description) }),
  'intake:retrainModel': (_input, { core }) => trainCategoryModel(core.db),
  'intake:duplicates': (input, { core }) => checkDuplicates(core, input),
  'intake:answer': (input, call) => answerAtIntake(call.core, sessionOf(call).user, input),
  'intake:fileRepeat': (input, call) => fileRepeatCall(call.core, sessionOf(call).user, input),
  'intake:emergencyTransfer': (input, call) => recordEmergencyTransfer(call.core, sessionOf(call).user, input),
  'intake:templates': () => ({ templates: [...demoTemplates] }),
  'knowledge:list': (_input, { core }) => ({ entries: listKnowledge(core.db) }),
  'knowledge:save': (input, call) => saveKnowledgeEntry(call.core, sessionOf(call).user, input),
  'knowledge:delete': (input, { core }) => deleteKnowledgeEntry(core, input.id),
  'search:cases': (input, call) => {
    call.core.searchIndex.flush();
    return searchCases(call.core.db, input, unitScope(sessionOf(call).user), listSynonyms(call.core.db));
  },
  'synonyms:list': (_input, { core }) => ({ groups: listSynonyms(core.db) }),
  'synonyms:save': (input, call) => saveSynonyms(call.core, sessionOf(call).user, input),
  'synonyms:delete': (input, { core }) => deleteSynonyms(core, input.id),
} satisfies HandlersFor<
  | 'intake:callerHistory'
  | 'intake:suggestCategories'
  | 'intake:retrainModel'
  | 'intake:duplicates'
  | 'intake:answer'
  | 'intake:fileRepeat'
  | 'intake:emergencyTransfer'
  | 'intake:templates'
  | 'knowledge:list'
  | 'knowledge:save'
  | 'knowledge:delete'
  | 'search:cases'
  | 'synonyms:list'
  | 'synonyms:save'
  | 'synonyms:delete'
>;

import { demoTemplates } from '../../../../shared/demo/town';
import { callerHistory } from '../../intake/caller-history';
import { suggestCaseCategories, trainCategoryModel } from '../../intake/category-model';
import { checkDuplicates } from '../../intake/duplicate-check';
import { recordEmergencyTransfer } from '../../intake/emergency-transfer';
import { answerAtIntake, fileRepeatCall } from '../../intake/intake-outcomes';
import { sessionOf, type HandlersFor } from './types';

export const intakeHandlers = {
  'intake:callerHistory': (input, { core }) => callerHistory(core, input.phone),
  'intake:suggestCategories': (input, { core }) => suggestCaseCategories(core.db, input.description),
  'intake:retrainModel': (_input, { core }) => trainCategoryModel(core.db),
  'intake:duplicates': (input, { core }) => checkDuplicates(core, input),
  'intake:answer': (input, call) => answerAtIntake(call.core, sessionOf(call).user, input),
  'intake:fileRepeat': (input, call) => fileRepeatCall(call.core, sessionOf(call).user, input),
  'intake:emergencyTransfer': (input, call) => recordEmergencyTransfer(call.core, sessionOf(call).user, input),
  'intake:templates': () => ({ templates: [...demoTemplates] }),
} satisfies HandlersFor<
  | 'intake:callerHistory'
  | 'intake:suggestCategories'
  | 'intake:retrainModel'
  | 'intake:duplicates'
  | 'intake:answer'
  | 'intake:fileRepeat'
  | 'intake:emergencyTransfer'
  | 'intake:templates'
>;

import { ApiError } from '../../../../shared/api/errors';
import { saveAccount, setAccountDisabled } from '../../auth/accounts';
import { clearLoginFailures, listAccounts, lockedUsers } from '../../store/users';
import { sessionOf, type HandlersFor } from './types';

export const userHandlers = {
  'users:locks': (_input, { core }) => ({ locked: lockedUsers(core.db, core.now().toISOString()) }),
  'users:unlock': (input, call) => {
    if (!clearLoginFailures(call.core.db, input.userId)) throw new ApiError('not_found', { what: input.userId });
    call.logins.logUnlock(input.userId, sessionOf(call).user.username);
    return {};
  },
  'users:list': (_input, { core }) => ({ accounts: listAccounts(core.db) }),
  'users:save': (input, call) => saveAccount(call.core, call.sessions, input),
  'users:setDisabled': (input, call) => setAccountDisabled(call.core, call.sessions, sessionOf(call).user, input.userId, input.disabled),
} satisfies HandlersFor<'users:locks' | 'users:unlock' | 'users:list' | 'users:save' | 'users:setDisabled'>;

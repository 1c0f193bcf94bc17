import { ApiError } from '../../../../shared/api/errors';
import { clearLoginFailures, lockedUsers } from '../../store/users';
import { sessionOf, type HandlersFor } from './types';

export const userHandlers = {
  'users:locks': (_input, { core }) => ({ locked: lockedUsers(core.db, core.now().toISOString()) }),
  'users:unlock': (input, call) => {
    if (!clearLoginFailures(call.core.db, input.userId)) throw new ApiError('not_found', { what: input.userId });
    call.logins.logUnlock(input.userId, sessionOf(call).user.username);
    return {};
  },
} satisfies HandlersFor<'users:locks' | 'users:unlock'>;

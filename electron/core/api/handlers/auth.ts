import { ApiError } from '../../../../shared/api/errors';
import { mayWorkAtSeat } from '../../../../shared/sync/seat-scope';
import type { Session } from '../../auth/sessions';
import { listUnits } from '../../store/reference';
import { getSyncState } from '../../store/sync-state';
import { sessionOf, type HandlersFor } from './types';

function sessionView(s: Session) {
  return { token: s.token, user: s.user, expiresAt: new Date(s.expiresAt).toISOString() };
}

export const authHandlers = {
  'auth:login': async (input, { core, sessions, logins, address }) => {
    const user = await logins.authenticate(input.username, input.password, core.now(), address);
    const scope = getSyncState(core.db).enrollment?.scope ?? null;
    if (!mayWorkAtSeat(user, scope)) {
      const unitId = scope?.scope === 'unit' ? scope.unitId : '';
      throw new ApiError('wrong_seat', { unit: listUnits(core.db).find((u) => u.id === unitId)?.name ?? unitId });
    }
    return sessionView(sessions.open(user));
  },
  'auth:logout': (_input, call) => {
    call.sessions.close(sessionOf(call).token);
    return {};
  },
  'auth:session': (_input, call) => sessionView(sessionOf(call)),
} satisfies HandlersFor<'auth:login' | 'auth:logout' | 'auth:session'>;

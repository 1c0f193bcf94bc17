import { ApiError } from '../../../../shared/api/errors';
import { mayWorkAtSeat } from '../../../../shared/sync/seat-scope';
import type { Session } from '../../auth/sessions';
import { listUnits } from '../../store/reference';
import type { DB } from '../../store/db';
import { getSyncState } from '../../store/sync-state';
import { sessionOf, type HandlersFor } from './types';

function sessionView(s: Session) {
  return { token: s.token, user: s.user, expiresAt: new Date(s.expiresAt).toISOString() };
}

/** The unit whose desk this seat is, by name; null when the seat serves the town (or is not enrolled). */
function unitDeskOf(db: DB): string | null {
  const scope = getSyncState(db).enrollment?.scope ?? null;
  if (scope?.scope !== 'unit') return null;
  return listUnits(db).find((u) => u.id === scope.unitId)?.name ?? scope.unitId;
}

export const authHandlers = {
  'auth:login': async (input, { core, sessions, logins, address }) => {
    const user = await logins.authenticate(input.username, input.password, core.now(), address);
    if (!mayWorkAtSeat(user, getSyncState(core.db).enrollment?.scope ?? null)) throw new ApiError('wrong_seat', { unit: unitDeskOf(core.db) ?? '' });
    return sessionView(sessions.open(user));
  },
  'auth:seat': (_input, { core }) => ({ unitDesk: unitDeskOf(core.db) }),
  'auth:logout': (_input, call) => {
    call.sessions.close(sessionOf(call).token);
    return {};
  },
  'auth:session': (_input, call) => sessionView(sessionOf(call)),
} satisfies HandlersFor<'auth:login' | 'auth:logout' | 'auth:session' | 'auth:seat'>;

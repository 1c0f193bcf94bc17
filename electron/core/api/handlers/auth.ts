import type { Session } from '../../auth/sessions';
import { sessionOf, type HandlersFor } from './types';

function sessionView(s: Session) {
  return { token: s.token, user: s.user, expiresAt: new Date(s.expiresAt).toISOString() };
}

export const authHandlers = {
  'auth:login': async (input, { core, sessions, logins, address }) => {
    const user = await logins.authenticate(input.username, input.password, core.now(), address);
    return sessionView(sessions.open(user));
  },
  'auth:logout': (_input, call) => {
    call.sessions.close(sessionOf(call).token);
    return {};
  },
  'auth:session': (_input, call) => sessionView(sessionOf(call)),
} satisfies HandlersFor<'auth:login' | 'auth:logout' | 'auth:session'>;

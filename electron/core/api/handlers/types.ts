import { ApiError } from '../../../../shared/api/errors';
import type { MethodOutput, ParsedInput } from '../../../../shared/api/contract';
import type { MethodName } from '../../../../shared/api/names';
import type { LoginGuard } from '../../auth/login';
import { viewerOf, type Viewer } from '../../../../shared/case/visibility';
import type { Session, SessionStore } from '../../auth/sessions';
import type { CoreContext } from '../../context';

export interface CallContext {
  readonly core: CoreContext;
  readonly sessions: SessionStore;
  /** null only for public methods (login). */
  readonly session: Session | null;
  readonly logins: LoginGuard;
  /** Where the call came from: the socket's remote address in browser mode, `ipc` in Electron. */
  readonly address: string;
}

export type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
  call: CallContext,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

/** A capability's slice of the handler table. */
export type HandlersFor<K extends MethodName> = { [M in K]: Handler<M> };
export type Handlers = HandlersFor<MethodName>;

export function sessionOf(call: CallContext): Session {
  if (!call.session) throw new ApiError('unauthenticated');
  return call.session;
}

/** Whose view the call reads: the one visibility rule (shared/case/visibility.ts). */
export function viewerOfCall(call: CallContext): Viewer {
  return viewerOf(sessionOf(call).user);
}

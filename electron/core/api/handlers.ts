import { ApiError } from '../../../shared/api/errors';
import type { MethodOutput, ParsedInput } from '../../../shared/api/contract';
import type { MethodName } from '../../../shared/api/names';
import { unitScope } from '../../../shared/reference/permissions';
import { authenticate } from '../auth/login';
import type { Session, SessionStore } from '../auth/sessions';
import type { CoreContext } from '../context';
import { dispatchCase } from '../dispatch/dispatch-case';
import { registerCase } from '../intake/register-case';
import { getCaseRecord, listCaseRecords } from '../store/cases';
import { eventsForCase } from '../store/events';
import { getMeta } from '../store/meta';
import { listCategories, listCommittees, listRoutingRules, listUnits } from '../store/reference';
import { listUsers } from '../store/users';

export interface CallContext {
  readonly core: CoreContext;
  readonly sessions: SessionStore;
  /** null only for public methods (login). */
  readonly session: Session | null;
}

type Handler<M extends MethodName> = (input: ParsedInput<M>, call: CallContext) => MethodOutput<M> | Promise<MethodOutput<M>>;
export type Handlers = { [M in MethodName]: Handler<M> };

function sessionOf(call: CallContext): Session {
  if (!call.session) throw new ApiError('unauthenticated');
  return call.session;
}

function sessionView(s: Session) {
  return { token: s.token, user: s.user, expiresAt: new Date(s.expiresAt).toISOString() };
}

/** The one handler table both transports bind; a method without a handler does not compile. */
export const handlers = {
  'auth:login': async (input, { core, sessions }) => {
    const user = await authenticate(core.db, input.username, input.password, core.now());
    return sessionView(sessions.open(user));
  },
  'auth:logout': (_input, call) => {
    call.sessions.close(sessionOf(call).token);
    return {};
  },
  'auth:session': (_input, call) => sessionView(sessionOf(call)),
  'reference:get': (_input, { core }) => ({
    town: {
      name: getMeta(core.db, 'town.name') ?? '',
      demo: getMeta(core.db, 'town.demo') === 'true',
      seatCode: core.seatId,
    },
    units: listUnits(core.db),
    committees: listCommittees(core.db),
    categories: listCategories(core.db),
    routingRules: listRoutingRules(core.db),
    users: listUsers(core.db),
  }),
  'cases:create': (input, call) => registerCase(call.core, sessionOf(call).user, input),
  'cases:dispatch': (input, call) => dispatchCase(call.core, sessionOf(call).user, input),
  'cases:get': (input, call) => {
    const record = getCaseRecord(call.core.db, input.caseId);
    const scope = unitScope(sessionOf(call).user);
    // A handler asking for another unit's case learns nothing, not even that it exists.
    if (!record || (scope !== null && record.responsibleUnitId !== scope)) {
      throw new ApiError('not_found', { what: input.caseId }, 'caseId');
    }
    return { case: record, events: eventsForCase(call.core.db, record.id) };
  },
  'cases:list': (input, call) =>
    listCaseRecords(call.core.db, { ...input, unitId: unitScope(sessionOf(call).user) }),
} satisfies Handlers;

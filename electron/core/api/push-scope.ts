import type { PushEventName } from '../../../shared/api/names';
import { pushEvents } from '../../../shared/api/push';
import { viewerOf } from '../../../shared/case/visibility';
import type { SessionStore } from '../auth/sessions';
import type { CoreContext } from '../context';
import { visibleCaseIds } from '../cases/visible-cases';

/**
 * What of one push a session may receive, or null for nothing: no session, nothing; of changed
 * cases, only those its user may see. Both transports deliver pushes only through this.
 */
export function scopePush(
  core: CoreContext,
  sessions: SessionStore,
  token: string | null,
  event: PushEventName,
  payload: unknown,
): unknown {
  const session = sessions.peek(token);
  if (!session) return null;
  if (event !== 'cases:changed') return payload;
  const { ids } = pushEvents['cases:changed'].parse(payload);
  if (viewerOf(session.user).scope === 'town') return { ids };
  // A case filed a moment ago may still wait for its projection, and so for its units.
  core.projections.flush();
  const visible = visibleCaseIds(core.db, session.user, ids);
  return visible.length > 0 ? { ids: visible } : null;
}

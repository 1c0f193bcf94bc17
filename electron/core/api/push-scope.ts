import type { PushEventName } from '../../../shared/api/names';
import { pushEvents } from '../../../shared/api/push';
import { maySeeCase, viewerOf } from '../../../shared/case/visibility';
import type { SessionStore } from '../auth/sessions';
import type { CoreContext } from '../context';
import { getCaseRecord } from '../store/cases';

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
  const viewer = viewerOf(session.user);
  const { ids } = pushEvents['cases:changed'].parse(payload);
  if (viewer.scope === 'town') return { ids };
  // A case filed a moment ago may still wait for its projection.
  core.projections.flush();
  const visible = ids.filter((id) => {
    const record = getCaseRecord(core.db, id);
    return record !== null && maySeeCase(viewer, record);
  });
  return visible.length > 0 ? { ids: visible } : null;
}

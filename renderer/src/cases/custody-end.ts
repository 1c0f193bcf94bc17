import type { CaseRecord } from '../../../shared/case/record';
import { withHotlineStatuses } from '../../../shared/case/vocabulary';

type Stretch = CaseRecord['custody'][number];

/**
 * When the last holder's part of a case ended: its reply, once the case is with the hotline for the
 * callback or closed; the closing, for a case closed without one; null while a unit works it. The
 * fold closes a stretch only when another holder takes over, so shown as "until now" the unit's
 * held time kept growing through the hotline's callback and after the case was done.
 */
export function holderDoneAt(c: Pick<CaseRecord, 'status' | 'closedAt' | 'reply'>): string | null {
  const withHotline = (withHotlineStatuses as readonly string[]).includes(c.status);
  if (!withHotline && c.closedAt === null) return null;
  return c.reply?.at ?? c.closedAt;
}

/** When a holder's stretch ended: its hand-over, or when the last holder's part ended (holderDoneAt). */
export function stretchEnd(stretch: Stretch, doneAt: string | null): string | null {
  return stretch.to ?? doneAt;
}

import { startTransition, useEffect, useState } from 'react';
import type { SeatAction } from '../../../../shared/api/methods/loop';
import { whenIdle } from '../../app/lazy-page';

/**
 * The forms to keep mounted (hidden) for a case: `ahead`, in that order, one more per idle moment,
 * and `open` at once if its key came before its turn. What is mounted stays mounted while the case
 * is shown: a form of an action the case has moved past is hidden and cannot be opened (its key
 * asks what is offered now).
 */
export function useFormsAhead(ahead: readonly SeatAction[], open: SeatAction | null): readonly SeatAction[] {
  const [mounted, setMounted] = useState<readonly SeatAction[]>([]);
  useEffect(() => {
    const next = ahead.find((a) => !mounted.includes(a));
    if (next === undefined) return;
    // A transition: React draws the form in slices and lets a key that comes meanwhile go first.
    const mount = () => startTransition(() => setMounted((m) => (m.includes(next) ? m : [...m, next])));
    // The loop's next form at once, the others in idle moments: on a busy machine no idle moment
    // came between the case opening and its first form's key, which then built the form (0049).
    if (mounted.length === 0) return mount();
    return whenIdle(mount);
  }, [ahead, mounted]);
  return open === null || mounted.includes(open) ? mounted : [...mounted, open];
}

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
    // A transition: React draws the form in slices and lets a key that comes meanwhile go first.
    return next === undefined ? undefined : whenIdle(() => startTransition(() => setMounted((m) => (m.includes(next) ? m : [...m, next]))));
  }, [ahead, mounted]);
  return open === null || mounted.includes(open) ? mounted : [...mounted, open];
}

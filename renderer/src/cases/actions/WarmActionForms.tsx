import { useEffect, useState } from 'react';
import type { SeatAction } from '../../../../shared/api/methods/loop';
import { whenIdle } from '../../app/lazy-page';
import { ActionDialog } from './ActionDialog';

/** The forms whose styles are in the page already, this session. */
const warmed = new Set<SeatAction>();
const nothing = () => {};

/**
 * Draws each offered action's form once, hidden, in an idle moment, one form at a time, and
 * removes it. The first time a form opened its styles were inserted on the key, and a new style
 * sheet rule recalculates the style of the whole page: a contact form's key spent ~30 ms of
 * style recalculation that way. Afterwards the key only mounts what is already styled.
 */
export function WarmActionForms({ caseId, actions }: { caseId: string; actions: readonly SeatAction[] }) {
  const [warming, setWarming] = useState<SeatAction | null>(null);
  useEffect(() => {
    if (warming !== null) {
      warmed.add(warming);
      return whenIdle(() => setWarming(null));
    }
    const next = actions.find((a) => a !== 'case.accepted' && !warmed.has(a));
    return next === undefined ? undefined : whenIdle(() => setWarming(next));
  }, [warming, actions]);
  return warming === null ? null : <ActionDialog warm caseId={caseId} action={warming} onDone={nothing} onCancel={nothing} />;
}

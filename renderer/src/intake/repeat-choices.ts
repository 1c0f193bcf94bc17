import { useMemo, useState } from 'react';
import type { DuplicateMatch } from './use-intake-assist';

/** An open case the call may be linked to as its repeat: offered by the check (with why), or only listed as open in the committee and category. */
export interface RepeatChoice {
  readonly case: DuplicateMatch['case'];
  /** Empty for a case listed, not judged a repeat. */
  readonly reasons: DuplicateMatch['reasons'];
}

/** The offers first, best first, then the listed open cases: Alt+D links the chosen one, Alt+J moves on. */
export function useRepeatChoices(matches: readonly DuplicateMatch[], openOfCategory: readonly DuplicateMatch['case'][]) {
  const choices = useMemo<readonly RepeatChoice[]>(
    () => [...matches.map((m) => ({ case: m.case, reasons: m.reasons })), ...openOfCategory.map((c) => ({ case: c, reasons: [] }))],
    [matches, openOfCategory],
  );
  const ids = choices.map((c) => c.case.id).join(' ');
  // The choice belongs to the list it was made in: a new list starts again at its best, since the
  // case chosen in the last one may not be in it.
  const [choice, setChoice] = useState({ ids, index: 0 });
  const chosen = choice.ids === ids ? choice.index : 0;
  const next = () => setChoice({ ids, index: choices.length === 0 ? 0 : (chosen + 1) % choices.length });
  return { choices, chosen, next };
}

import type { CaseRecord } from '../../../shared/case/record';

type Stretch = CaseRecord['custody'][number];

/**
 * When a holder's stretch ended: its hand-over, or the case's closing. The fold closes a stretch
 * only when another holder takes over, so the last one of a closed case is still open there;
 * shown as "until now", its held time kept growing after the case was done.
 */
export function stretchEnd(stretch: Stretch, closedAt: string | null): string | null {
  return stretch.to ?? closedAt;
}

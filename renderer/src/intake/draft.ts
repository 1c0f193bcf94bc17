import type { CaseKind, Urgency } from '../../../shared/case/vocabulary';
import type { EmergencyService } from '../../../shared/intake/emergency';

/** The call being taken, as the operator has typed and chosen it so far. */
export interface Draft {
  phone: string;
  name: string;
  address: string;
  committeeId: string | null;
  kind: CaseKind;
  urgency: Urgency;
  categoryId: string | null;
  description: string;
  /** null: follow the routing rules' suggestion. */
  chosenUnitId: string | null;
  /** The emergency prompt the operator dismissed as a false alarm, saved with the case. */
  dismissedEmergency: { service: EmergencyService; matched: string[] } | null;
}

export const emptyDraft: Draft = {
  phone: '',
  name: '',
  address: '',
  committeeId: null,
  kind: 'complaint',
  urgency: 'normal',
  categoryId: null,
  description: '',
  chosenUnitId: null,
  dismissedEmergency: null,
};

/** Something typed or chosen that starting afresh would lose; the defaults (投诉, 一般) are not. */
export function draftHasContent(d: Draft): boolean {
  return (
    [d.phone, d.name, d.address, d.description].some((text) => text.trim() !== '') ||
    d.committeeId !== null ||
    d.categoryId !== null ||
    d.chosenUnitId !== null ||
    d.kind !== emptyDraft.kind ||
    d.urgency !== emptyDraft.urgency
  );
}

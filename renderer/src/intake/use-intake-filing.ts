import { useState, type Dispatch, type RefObject, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { useSyncStatus } from '../sync/use-link-state';
import type { CaseRecord } from '../../../shared/case/record';
import type { EmergencyMatch } from '../../../shared/intake/emergency';
import { CallFailed, type ApiClient } from '../api/client';
import { emptyDraft, type Draft } from './draft';
import type { Assist } from './use-intake-assist';
import type { RepeatChoice } from './repeat-choices';

export type Outcome = { severity: 'success' | 'error'; text: string; field?: string };

interface Filing {
  readonly api: ApiClient;
  readonly draft: Draft;
  readonly setDraft: Dispatch<SetStateAction<Draft>>;
  readonly assist: Assist;
  /** The emergency prompt shown now (a dismissed one is not). */
  readonly emergency: EmergencyMatch | null;
  readonly unitId: string | null;
  readonly unitName: (id: string) => string | undefined;
  readonly phoneRef: RefObject<HTMLInputElement | null>;
}

/**
 * The ways a call is filed — saved (and dispatched), answered from the knowledge base, linked to
 * the case it repeats, handed to 110/119/120 — each clearing the form for the next caller once
 * it is stored; and the outcome banner they leave.
 */
export function useIntakeFiling({ api, draft, setDraft, assist, emergency, unitId, unitName, phoneRef }: Filing) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [saving, setSaving] = useState(false);
  const [sync] = useSyncStatus();

  const newCase = (dispatchToUnitId: string | null) => ({
    kind: draft.kind,
    urgency: draft.urgency,
    categoryId: draft.categoryId ?? '',
    committeeId: draft.committeeId ?? '',
    caller: { phone: draft.phone, name: draft.name },
    address: draft.address,
    description: draft.description,
    dispatchToUnitId,
    dismissedEmergency: draft.dismissedEmergency,
  });

  const file = async (run: () => Promise<CaseRecord | string>, describe: (filed: CaseRecord) => string) => {
    if (saving) return;
    setSaving(true);
    try {
      const filed = await run();
      setOutcome({ severity: 'success', text: typeof filed === 'string' ? filed : describe(filed) });
      setDraft(emptyDraft);
      phoneRef.current?.focus();
    } catch (e) {
      setOutcome(
        e instanceof CallFailed ? { severity: 'error', text: e.message, field: e.error.field } : { severity: 'error', text: t('errors.network') },
      );
    } finally {
      setSaving(false);
    }
  };

  const save = (dispatch: boolean) => {
    if (dispatch && !unitId) {
      setOutcome({ severity: 'error', text: t('intake.noUnit'), field: 'dispatchToUnitId' });
      return;
    }
    void file(
      () => api.call('cases:create', newCase(dispatch ? unitId : null)),
      (filed) =>
        filed.responsibleUnitId
          ? // Offline, the unit's desk has not got it yet: the operator may want to phone it.
            t(sync?.state.link === 'offline' ? 'intake.dispatchedOffline' : 'intake.savedAndDispatched', { number: filed.number, unit: unitName(filed.responsibleUnitId) })
          : t('intake.saved', { number: filed.number }),
    );
  };

  const answer = () => {
    const [top] = assist.knowledge;
    if (!top) return;
    // An inquiry answered at once is filed under the suggested category when none was chosen.
    const categoryId = draft.categoryId ?? assist.suggestions[0]?.categoryId;
    if (!categoryId) {
      setOutcome({ severity: 'error', text: t('flow.answerNeedsCategory'), field: 'categoryId' });
      return;
    }
    void file(
      () => api.call('intake:answer', { case: { ...newCase(null), kind: 'inquiry', categoryId }, knowledgeId: top.entry.id, answer: top.entry.answer }),
      (filed) => t('intakeKeys.answered', { number: filed.number }),
    );
  };

  const link = (main: RepeatChoice | undefined) => {
    // Nothing to link to says why, and where more would come from, rather than doing nothing.
    if (!main) {
      setOutcome({ severity: 'error', text: t(draft.categoryId === null ? 'flow.noRepeatBeforeCategory' : 'flow.noRepeat'), field: 'categoryId' });
      return;
    }
    void file(
      () => api.call('intake:fileRepeat', { case: { ...newCase(null), categoryId: draft.categoryId }, mainCaseId: main.case.id }),
      (filed) => t('intakeKeys.linked', { number: filed.number, main: main.case.number }),
    );
  };

  const transfer = () => {
    if (!emergency) return;
    const { kind, urgency, caller, address, description } = newCase(null);
    const call = { kind, urgency, caller, address, description, categoryId: draft.categoryId, committeeId: draft.committeeId };
    void file(
      () => api.call('intake:emergencyTransfer', { case: call, service: emergency.service }),
      (filed) => t('intakeKeys.transferred', { service: t(`intakeKeys.service.${emergency.service}`), number: filed.number }),
    );
  };

  const dismissEmergency = () => {
    if (!emergency) return;
    const dismissed = draft.dismissedEmergency;
    setDraft((d) => ({ ...d, dismissedEmergency: { service: emergency.service, matched: [...new Set([...(dismissed?.matched ?? []), ...emergency.matched])] } }));
    setOutcome({ severity: 'success', text: t('emergencyDismiss.dismissed', { words: emergency.matched.join('、') }) });
  };

  return { outcome, setOutcome, saving, save, answer, link, transfer, dismissEmergency };
}

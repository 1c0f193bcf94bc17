import { Alert, Box, Button, LinearProgress, Paper, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useHotkeys } from 'react-hotkeys-hook';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../shared/case/fields';
import type { CaseRecord } from '../../../shared/case/record';
import { caseKinds, urgencies, type CaseKind, type Urgency } from '../../../shared/case/vocabulary';
import type { EmergencyService } from '../../../shared/intake/emergency';
import { suggestResponsibleUnit } from '../../../shared/reference/routing';
import { CallFailed } from '../api/client';
import { useApp } from '../app/session';
import { Kbd } from '../keyboard/Kbd';
import { shortcuts } from '../keyboard/shortcuts';
import { AssistPanels } from './AssistPanels';
import { CallerHistoryPanel } from './CallerHistoryPanel';
import { DescriptionField } from './DescriptionField';
import { leafCategoryOptions } from './category-paths';
import { KeyedChoice } from './KeyedChoice';
import { PinyinPicker } from './PinyinPicker';
import { TemplateDialog, type Template } from './TemplateDialog';
import { useIntakeAssist } from './use-intake-assist';

interface Draft {
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

const emptyDraft: Draft = {
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

type Outcome = { severity: 'success' | 'error'; text: string; field?: string };
const kindKey = 1;
const urgencyKey = 7;

/**
 * 受理, keyboard first: the number brings up the caller's history (and fills in a known caller),
 * the description brings up category suggestions, knowledge answers, repeat-call candidates and
 * emergency words, each acted on with one key shown beside it.
 */
export function IntakePage() {
  const { t } = useTranslation();
  const { api, reference } = useApp();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [saving, setSaving] = useState(false);
  const [templates, setTemplates] = useState<readonly Template[] | null>(null);
  const [templatesOpen, setTemplatesOpen] = useState(false);
  const phoneRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const descriptionRef = useRef<HTMLTextAreaElement>(null);
  const unitRef = useRef<HTMLInputElement>(null);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    // The last call's confirmation is not about this caller: it goes when the next call is typed.
    setOutcome((o) => (o?.severity === 'success' ? null : o));
    setDraft((d) => ({ ...d, [key]: value }));
  };

  const assist = useIntakeAssist(api, draft);
  // A dismissed prompt stays away until the text brings up words it did not have.
  const dismissed = draft.dismissedEmergency;
  const emergency = assist.emergency && !assist.emergency.matched.every((w) => dismissed?.matched.includes(w)) ? assist.emergency : null;
  const categories = useMemo(() => {
    const leafName = new Map(reference.categories.map((c) => [c.id, c.name]));
    return leafCategoryOptions(reference.categories).map((c) => ({ id: c.id, name: leafName.get(c.id) ?? c.path, label: c.path }));
  }, [reference.categories]);
  const parentOf = useMemo(() => new Map(reference.categories.map((c) => [c.id, c.parentId])), [reference.categories]);
  const suggestedUnitId =
    draft.categoryId && draft.committeeId
      ? suggestResponsibleUnit(reference.routingRules, parentOf, draft.categoryId, draft.committeeId)
      : null;
  const unitId = draft.chosenUnitId ?? suggestedUnitId;
  const unitName = new Map(reference.units.map((u) => [u.id, u.name]));

  // A known caller: name, address and committee come from the last call, so they are not typed again.
  const { history } = assist;
  useEffect(() => {
    const last = history?.cases[0];
    if (!last) return;
    setDraft((d) => ({
      ...d,
      name: d.name || last.callerName,
      address: d.address || last.address,
      committeeId: d.committeeId ?? last.committeeId,
    }));
  }, [history]);

  useEffect(() => {
    void api.call('intake:templates', {}).then((r) => setTemplates(r.templates), () => setTemplates([]));
  }, [api]);

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

  /** Runs one way of filing the call; on success the form is cleared for the next caller. */
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
          ? t('intake.savedAndDispatched', { number: filed.number, unit: unitName.get(filed.responsibleUnitId) })
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

  const link = () => {
    const [main] = assist.duplicates;
    if (!main) return;
    void file(
      () => api.call('intake:fileRepeat', { case: newCase(null), mainCaseId: main.case.id }),
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
    set('dismissedEmergency', { service: emergency.service, matched: [...new Set([...(dismissed?.matched ?? []), ...emergency.matched])] });
    setOutcome({ severity: 'success', text: t('emergencyDismiss.dismissed', { words: emergency.matched.join('、') }) });
  };

  const acceptCategory = (categoryId: string | undefined) => categoryId && set('categoryId', categoryId);

  const insertTemplate = (template: Template) => {
    setTemplatesOpen(false);
    const field = descriptionRef.current;
    const at = field?.selectionStart ?? draft.description.length;
    const text = (draft.description.slice(0, at) + template.text + draft.description.slice(at)).slice(0, limits.description);
    set('description', text);
    requestAnimationFrame(() => {
      field?.focus();
      field?.setSelectionRange(at + template.text.length, at + template.text.length);
    });
  };

  const onForm = { enableOnFormTags: true, preventDefault: true, enabled: !templatesOpen } as const;
  useHotkeys(shortcuts.save.keys, () => save(true), onForm);
  useHotkeys(shortcuts.saveOnly.keys, () => save(false), onForm);
  useHotkeys(shortcuts.kind.keys, (e) => {
    const kind = caseKinds[Number(e.code.replace('Digit', '')) - kindKey];
    if (kind) set('kind', kind);
  }, onForm);
  useHotkeys(shortcuts.urgency.keys, (e) => {
    const urgency = urgencies[Number(e.code.replace('Digit', '')) - urgencyKey];
    if (urgency) set('urgency', urgency);
  }, onForm);
  useHotkeys(shortcuts.acceptCategory.keys, () => acceptCategory(assist.suggestions[0]?.categoryId), onForm);
  useHotkeys(shortcuts.answerInquiry.keys, answer, onForm);
  useHotkeys(shortcuts.linkDuplicate.keys, link, onForm);
  useHotkeys(shortcuts.emergencyTransfer.keys, transfer, onForm);
  useHotkeys(shortcuts.dismissEmergency.keys, dismissEmergency, onForm);
  useHotkeys(shortcuts.templates.keys, () => setTemplatesOpen(true), onForm);
  // The suggested unit is already in the field: selected, the unit typed next replaces it instead of being appended.
  useHotkeys(shortcuts.unitPicker.keys, () => unitRef.current?.select(), onForm);
  const fieldError = (field: string) => outcome?.severity === 'error' && (outcome.field?.startsWith(field) ?? false);
  const phoneProblem = assist.phone && !assist.phone.ok ? t(`intakeKeys.phoneInvalid.${assist.phone.code}`) : '';

  return (
    <Paper sx={{ p: 3, maxWidth: 1200, mx: 'auto' }} component="section" aria-labelledby="intake-title">
      <Typography variant="h5" id="intake-title" gutterBottom>
        {t('intake.title')}
      </Typography>
      <Box sx={{ height: 4, mb: 1 }}>{saving && <LinearProgress aria-label={t('intakeKeys.saving')} />}</Box>
      {outcome && (
        <Alert severity={outcome.severity} sx={{ mb: 2 }} role={outcome.severity === 'error' ? 'alert' : 'status'}>
          {outcome.text}
        </Alert>
      )}
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start' }}>
        <Stack spacing={2} sx={{ flex: 2, minWidth: 0 }}>
          <Stack direction="row" spacing={2}>
            <TextField
              label={t('intake.phone')}
              value={draft.phone}
              onChange={(e) => set('phone', e.target.value)}
              onKeyDown={(e) => {
                if (e.key !== 'Enter' || e.ctrlKey || e.metaKey || !assist.phone?.ok) return;
                e.preventDefault();
                (draft.committeeId ? descriptionRef.current : nameRef.current)?.focus();
              }}
              inputRef={phoneRef}
              autoFocus
              error={fieldError('caller.phone') || phoneProblem !== ''}
              helperText={phoneProblem || (assist.phone?.ok ? assist.phone.display : ' ')}
              sx={{ flex: 1 }}
            />
            <TextField
              label={t('intake.name')}
              value={draft.name}
              onChange={(e) => set('name', e.target.value)}
              inputRef={nameRef}
              slotProps={{ htmlInput: { maxLength: limits.name } }}
              error={fieldError('caller.name')}
              helperText=" "
              sx={{ flex: 1 }}
            />
          </Stack>
          <Stack direction="row" spacing={2}>
            <PinyinPicker
              label={t('intake.committee')}
              options={reference.committees}
              value={draft.committeeId}
              onChange={(id) => set('committeeId', id)}
              error={fieldError('committeeId')}
            />
            <TextField
              label={t('intake.address')}
              value={draft.address}
              onChange={(e) => set('address', e.target.value)}
              onKeyDown={(e) => {
                // The address is the new caller's last detail: Enter goes on to what they called about.
                if (e.key !== 'Enter' || e.ctrlKey || e.metaKey) return;
                e.preventDefault();
                descriptionRef.current?.focus();
              }}
              slotProps={{ htmlInput: { maxLength: limits.address } }}
              error={fieldError('address')}
              sx={{ flex: 2 }}
            />
          </Stack>
          <KeyedChoice label={t('intake.kind')} choices={caseKinds} value={draft.kind} onChange={(k) => set('kind', k)} describe={(k) => t(`kind.${k}`)} firstKey={kindKey} />
          <KeyedChoice
            label={t('intake.urgency')}
            choices={urgencies}
            value={draft.urgency}
            onChange={(u) => set('urgency', u)}
            describe={(u) => t(`urgency.${u}`)}
            firstKey={urgencyKey}
          />
          <DescriptionField value={draft.description} onChange={(text) => set('description', text)} inputRef={descriptionRef} error={fieldError('description')} />
          <AssistPanels
            assist={{ ...assist, emergency }}
            onAcceptCategory={acceptCategory}
            onAnswer={answer}
            onLink={link}
            onTransfer={transfer}
            onDismissEmergency={dismissEmergency}
          />
          <PinyinPicker
            label={t('intake.category')}
            options={categories}
            value={draft.categoryId}
            onChange={(id) => set('categoryId', id)}
            error={fieldError('categoryId')}
          />
          <PinyinPicker
            label={t('intake.unit')}
            options={reference.units}
            value={unitId}
            onChange={(id) => set('chosenUnitId', id)}
            inputRef={unitRef}
            openOnFocus
            error={fieldError('dispatchToUnitId')}
            helperText={draft.chosenUnitId === null && suggestedUnitId ? t('intake.suggestedUnit') : shortcuts.unitPicker.label}
          />
          {/* Held at the foot of the screen: once the suggestions open, the form is taller than a 900-px
              screen. It sticks inside the page's padding, so it reaches down over that strip too
              instead of letting the form show through beneath it. */}
          <Box
            data-testid="intake-actions"
            sx={{ position: 'sticky', bottom: (theme) => theme.spacing(-2), zIndex: 1, display: 'flex', gap: 2, justifyContent: 'flex-end', pt: 1.5, pb: 3.5, bgcolor: 'background.paper', borderTop: 1, borderColor: 'divider' }}
          >
            <Button variant="outlined" onClick={() => save(false)} disabled={saving}>
              {t('intake.saveOnly')}
              <Kbd>{shortcuts.saveOnly.label}</Kbd>
            </Button>
            <Button variant="contained" onClick={() => save(true)} disabled={saving}>
              {t('intake.saveAndDispatch')}
              <Kbd>{shortcuts.save.label}</Kbd>
            </Button>
          </Box>
        </Stack>
        <Box sx={{ flex: 1, minWidth: 280 }}>
          <CallerHistoryPanel history={assist.history} loading={assist.historyLoading} />
        </Box>
      </Box>
      {templatesOpen && templates && <TemplateDialog templates={templates} onPick={insertTemplate} onClose={() => setTemplatesOpen(false)} />}
    </Paper>
  );
}

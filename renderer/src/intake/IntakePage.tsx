import { Alert, Box, LinearProgress, Paper, Stack, Typography } from '@mui/material';
import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useHotkeys } from 'react-hotkeys-hook';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../shared/case/fields';
import { caseKinds, urgencies, type CaseKind, type Urgency } from '../../../shared/case/vocabulary';
import { detectEmergency } from '../../../shared/intake/emergency';
import { suggestResponsibleUnit } from '../../../shared/reference/routing';
import { whenIdle } from '../app/lazy-page';
import { useApp } from '../app/session';
import { useStableCallback } from '../app/use-stable-callback';
import { shortcuts } from '../keyboard/shortcuts';
import { CallAssist, KnownOffers } from './AssistPanels';
import { CallerFields } from './CallerFields';
import { CallerHistoryPanel } from './CallerHistoryPanel';
import { DescriptionField } from './DescriptionField';
import { draftHasContent, emptyDraft, type Draft } from './draft';
import { leafCategoryOptions } from './category-paths';
import { IntakeActions } from './IntakeActions';
import { KeyedChoice } from './KeyedChoice';
import { NewCallPrompt } from './NewCallPrompt';
import { PinyinPicker } from './PinyinPicker';
import { useRepeatChoices } from './repeat-choices';
import { TemplateDialog, type Template } from './TemplateDialog';
import { useIntakeAssist } from './use-intake-assist';
import { useIntakeFiling } from './use-intake-filing';

const kindKey = 1;
const urgencyKey = 7;

/**
 * 受理, keyboard first: the number brings up the caller's history (and fills in a known caller),
 * the description brings up category suggestions, knowledge answers, repeat-call candidates and
 * emergency words, each acted on with one key shown beside it. F2 starts the next call.
 */
export function IntakePage() {
  const { t } = useTranslation();
  const { api, reference } = useApp();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [templates, setTemplates] = useState<readonly Template[] | null>(null);
  const [templatesOpen, setTemplatesOpen] = useState(false);
  const [askNewCall, setAskNewCall] = useState(false);
  const phoneRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const descriptionRef = useRef<HTMLTextAreaElement>(null);
  const unitRef = useRef<HTMLInputElement>(null);

  const assist = useIntakeAssist(api, draft);
  // Emergency words are looked for at low priority: the key that typed them paints first.
  const description = useDeferredValue(draft.description);
  const found = useMemo(() => detectEmergency(description), [description]);
  // A dismissed prompt stays away until the text brings up words it did not have.
  const dismissed = draft.dismissedEmergency;
  const emergency = found && !found.matched.every((w) => dismissed?.matched.includes(w)) ? found : null;
  // A possible emergency raises the call to 特急 while its prompt shows, as the transfer is filed;
  // dismissed as a false alarm, the call goes back to the urgency it had, unless the operator chose one.
  const [raisedFrom, setRaisedFrom] = useState<Urgency | null>(null);
  if (emergency && raisedFrom === null && draft.urgency !== 'urgent') {
    setRaisedFrom(draft.urgency);
    setDraft((d) => ({ ...d, urgency: 'urgent' }));
  } else if (!emergency && raisedFrom !== null) {
    setRaisedFrom(null);
    if (draft.urgency === 'urgent') setDraft((d) => ({ ...d, urgency: raisedFrom }));
  }
  const categories = useMemo(() => {
    const leafName = new Map(reference.categories.map((c) => [c.id, c.name]));
    return leafCategoryOptions(reference.categories).map((c) => ({ id: c.id, name: leafName.get(c.id) ?? c.path, label: c.path }));
  }, [reference.categories]);
  const parentOf = useMemo(() => new Map(reference.categories.map((c) => [c.id, c.parentId])), [reference.categories]);
  const unitNames = useMemo(() => new Map(reference.units.map((u) => [u.id, u.name])), [reference.units]);
  const suggestedUnitId =
    draft.categoryId && draft.committeeId ? suggestResponsibleUnit(reference.routingRules, parentOf, draft.categoryId, draft.committeeId) : null;
  const unitId = draft.chosenUnitId ?? suggestedUnitId;

  const filing = useIntakeFiling({ api, draft, setDraft, assist, emergency, unitId, unitName: (id) => unitNames.get(id), phoneRef });
  const { outcome, setOutcome, saving } = filing;
  const repeat = useRepeatChoices(assist.duplicates, assist.openOfCategory);
  const set = useCallback(
    <K extends keyof Draft>(key: K, value: Draft[K]) => {
      // The last call's confirmation is not about this caller: it goes when the next call is typed.
      setOutcome((o) => (o?.severity === 'success' ? null : o));
      setDraft((d) => ({ ...d, [key]: value }));
    },
    [setOutcome],
  );
  const fieldError = useCallback((field: string) => outcome?.severity === 'error' && (outcome.field?.startsWith(field) ?? false), [outcome]);
  const onKind = useCallback((k: CaseKind) => set('kind', k), [set]);
  const onUrgency = useCallback((u: Urgency) => set('urgency', u), [set]);
  const onDescription = useCallback((text: string) => set('description', text), [set]);
  const onCategory = useCallback((id: string | null) => set('categoryId', id), [set]);
  const onUnit = useCallback((id: string | null) => set('chosenUnitId', id), [set]);
  const describeKind = useCallback((k: CaseKind) => t(`kind.${k}`), [t]);
  const describeUrgency = useCallback((u: Urgency) => t(`urgency.${u}`), [t]);

  // A known caller: name, address and committee come from the last call, so they are not typed again.
  // Filled before the history is painted: Enter on the number, pressed as soon as the history shows,
  // must already see the committee and go on to the description rather than the name.
  const { history } = assist;
  useLayoutEffect(() => {
    const last = history?.cases[0];
    if (!last) return;
    setDraft((d) => ({ ...d, name: d.name || last.callerName, address: d.address || last.address, committeeId: d.committeeId ?? last.committeeId }));
  }, [history]);

  // The first field takes the focus whenever the form is shown, also when it was drawn hidden
  // before the login answered: autoFocus acts only when an element is created, and then it could
  // not be focused. A layout effect, so the first key typed already lands in it.
  useLayoutEffect(() => phoneRef.current?.focus(), []);

  // Stock phrases wait for an idle moment: the first key into the form just shown goes first.
  useEffect(() => whenIdle(() => void api.call('intake:templates', {}).then((r) => setTemplates(r.templates), () => setTemplates([]))), [api]);

  const startNewCall = () => {
    const asked = askNewCall;
    setAskNewCall(false);
    setDraft(emptyDraft);
    setOutcome(null);
    // At once when nothing was asked, so a key typed right after F2 is not taken back a frame later;
    // after the question has gone otherwise: closing, it hands the focus back to the field it was asked from.
    if (asked) requestAnimationFrame(() => phoneRef.current?.focus());
    else phoneRef.current?.focus();
  };
  // An operator under pressure presses F2 for the next caller: an unsaved call is asked about once (F2 again discards it).
  const newCall = () => (askNewCall || !draftHasContent(draft) ? startNewCall() : setAskNewCall(true));

  const acceptCategory = useStableCallback((categoryId: string | undefined) => categoryId && set('categoryId', categoryId));
  // Stable, so the memoised panels and action bar are drawn again only when what they show changes.
  const onAnswer = useStableCallback(filing.answer);
  const link = () => filing.link(repeat.choices[repeat.chosen]);
  const onLink = useStableCallback(link);
  const onNextChoice = useStableCallback(repeat.next);
  const onTransfer = useStableCallback(filing.transfer);
  const onDismissEmergency = useStableCallback(filing.dismissEmergency);
  const onSave = useStableCallback(filing.save);

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

  const onForm = { enableOnFormTags: true, preventDefault: true, enabled: !templatesOpen && !askNewCall } as const;
  useHotkeys(shortcuts.newCase.keys, newCall, { enableOnFormTags: true, preventDefault: true, enabled: !templatesOpen });
  useHotkeys(shortcuts.save.keys, () => filing.save(true), onForm);
  useHotkeys(shortcuts.saveOnly.keys, () => filing.save(false), onForm);
  useHotkeys(shortcuts.kind.keys, (e) => {
    const kind = caseKinds[Number(e.code.replace('Digit', '')) - kindKey];
    if (kind) set('kind', kind);
  }, onForm);
  useHotkeys(shortcuts.urgency.keys, (e) => {
    const urgency = urgencies[Number(e.code.replace('Digit', '')) - urgencyKey];
    if (urgency) set('urgency', urgency);
  }, onForm);
  useHotkeys(shortcuts.acceptCategory.keys, () => emergency === null && acceptCategory(assist.suggestions[0]?.categoryId), onForm);
  useHotkeys(shortcuts.answerInquiry.keys, filing.answer, onForm);
  useHotkeys(shortcuts.linkDuplicate.keys, link, onForm);
  useHotkeys(shortcuts.nextRepeatChoice.keys, repeat.next, onForm);
  useHotkeys(shortcuts.emergencyTransfer.keys, filing.transfer, onForm);
  useHotkeys(shortcuts.dismissEmergency.keys, filing.dismissEmergency, onForm);
  useHotkeys(shortcuts.templates.keys, () => setTemplatesOpen(true), onForm);
  // The suggested unit is already in the field: selected, the unit typed next replaces it instead of being appended.
  useHotkeys(shortcuts.unitPicker.keys, () => unitRef.current?.select(), onForm);

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
          <CallerFields
            phone={draft.phone}
            name={draft.name}
            address={draft.address}
            committeeId={draft.committeeId}
            committees={reference.committees}
            parsedPhone={assist.phone}
            set={set}
            fieldError={fieldError}
            phoneRef={phoneRef}
            nameRef={nameRef}
            descriptionRef={descriptionRef}
          />
          <KeyedChoice label={t('intake.kind')} choices={caseKinds} value={draft.kind} onChange={onKind} describe={describeKind} firstKey={kindKey} />
          <KeyedChoice label={t('intake.urgency')} choices={urgencies} value={draft.urgency} onChange={onUrgency} describe={describeUrgency} firstKey={urgencyKey} />
          <DescriptionField value={draft.description} onChange={onDescription} inputRef={descriptionRef} error={fieldError('description')} />
          <CallAssist assist={assist} emergency={emergency} onAcceptCategory={acceptCategory} onTransfer={onTransfer} onDismissEmergency={onDismissEmergency} />
          <PinyinPicker label={t('intake.category')} options={categories} value={draft.categoryId} onChange={onCategory} error={fieldError('categoryId')} />
          <PinyinPicker
            label={t('intake.unit')}
            options={reference.units}
            value={unitId}
            onChange={onUnit}
            inputRef={unitRef}
            openOnFocus
            error={fieldError('dispatchToUnitId')}
            helperText={draft.chosenUnitId === null && suggestedUnitId ? t('intake.suggestedUnit') : shortcuts.unitPicker.label}
          />
          <IntakeActions
            categoryName={draft.categoryId ? (categories.find((c) => c.id === draft.categoryId)?.name ?? draft.categoryId) : null}
            unitName={unitId ? (unitNames.get(unitId) ?? unitId) : null}
            saving={saving}
            onSave={onSave}
          />
        </Stack>
        <Box sx={{ flex: 1, minWidth: 280 }}>
          <Stack spacing={2}>
            <CallerHistoryPanel history={assist.history} loading={assist.historyLoading} />
            <KnownOffers assist={assist} repeatChoices={repeat.choices} chosenRepeat={repeat.chosen} onAnswer={onAnswer} onLink={onLink} onNextChoice={onNextChoice} />
          </Stack>
        </Box>
      </Box>
      {templatesOpen && templates && <TemplateDialog templates={templates} onPick={insertTemplate} onClose={() => setTemplatesOpen(false)} />}
      {askNewCall && <NewCallPrompt onDiscard={startNewCall} onKeep={() => setAskNewCall(false)} />}
    </Paper>
  );
}

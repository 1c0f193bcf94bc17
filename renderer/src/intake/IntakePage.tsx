import { Alert, Autocomplete, Box, Button, Paper, Stack, TextField, Typography } from '@mui/material';
import { useMemo, useRef, useState } from 'react';
import { useHotkeys } from 'react-hotkeys-hook';
import { useTranslation } from 'react-i18next';
import { caseKinds, urgencies, type CaseKind, type Urgency } from '../../../shared/case/vocabulary';
import { suggestResponsibleUnit } from '../../../shared/reference/routing';
import { CallFailed } from '../api/client';
import { useApp } from '../app/session';
import { Kbd } from '../keyboard/Kbd';
import { shortcuts } from '../keyboard/shortcuts';
import { leafCategoryOptions } from './category-paths';

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
};

type Outcome = { severity: 'success' | 'error'; text: string; field?: string };

export function IntakePage() {
  const { t } = useTranslation();
  const { api, reference } = useApp();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [saving, setSaving] = useState(false);
  const phoneRef = useRef<HTMLInputElement>(null);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const categories = useMemo(() => leafCategoryOptions(reference.categories), [reference.categories]);
  const parentOf = useMemo(() => new Map(reference.categories.map((c) => [c.id, c.parentId])), [reference.categories]);
  const suggestedUnitId =
    draft.categoryId && draft.committeeId
      ? suggestResponsibleUnit(reference.routingRules, parentOf, draft.categoryId, draft.committeeId)
      : null;
  const unitId = draft.chosenUnitId ?? suggestedUnitId;
  const unitName = new Map(reference.units.map((u) => [u.id, u.name]));

  const save = async (dispatch: boolean) => {
    if (saving) return;
    if (dispatch && !unitId) {
      setOutcome({ severity: 'error', text: t('intake.noUnit'), field: 'dispatchToUnitId' });
      return;
    }
    setSaving(true);
    try {
      const filed = await api.call('cases:create', {
        kind: draft.kind,
        urgency: draft.urgency,
        categoryId: draft.categoryId ?? '',
        committeeId: draft.committeeId ?? '',
        caller: { phone: draft.phone, name: draft.name },
        address: draft.address,
        description: draft.description,
        dispatchToUnitId: dispatch ? unitId : null,
      });
      setOutcome({
        severity: 'success',
        text: filed.responsibleUnitId
          ? t('intake.savedAndDispatched', { number: filed.number, unit: unitName.get(filed.responsibleUnitId) })
          : t('intake.saved', { number: filed.number }),
      });
      setDraft(emptyDraft);
      phoneRef.current?.focus();
    } catch (e) {
      setOutcome(
        e instanceof CallFailed
          ? { severity: 'error', text: e.message, field: e.error.field }
          : { severity: 'error', text: t('errors.network') },
      );
    } finally {
      setSaving(false);
    }
  };

  const hotkeyOptions = { enableOnFormTags: true, preventDefault: true } as const;
  useHotkeys(shortcuts.save.keys, () => void save(true), hotkeyOptions);
  useHotkeys(shortcuts.saveOnly.keys, () => void save(false), hotkeyOptions);
  const fieldError = (field: string) => outcome?.severity === 'error' && outcome.field?.startsWith(field);

  return (
    <Paper sx={{ p: 3, maxWidth: 960, mx: 'auto' }} component="section" aria-labelledby="intake-title">
      <Typography variant="h5" id="intake-title" gutterBottom>
        {t('intake.title')}
      </Typography>
      {outcome && (
        <Alert severity={outcome.severity} sx={{ mb: 2 }} role={outcome.severity === 'error' ? 'alert' : 'status'}>
          {outcome.text}
        </Alert>
      )}
      <Stack spacing={2}>
        <Stack direction="row" spacing={2}>
          <TextField
            label={t('intake.phone')}
            value={draft.phone}
            onChange={(e) => set('phone', e.target.value)}
            inputRef={phoneRef}
            autoFocus
            error={fieldError('caller.phone')}
            sx={{ flex: 1 }}
          />
          <TextField
            label={t('intake.name')}
            value={draft.name}
            onChange={(e) => set('name', e.target.value)}
            error={fieldError('caller.name')}
            sx={{ flex: 1 }}
          />
        </Stack>
        <Stack direction="row" spacing={2}>
          <Autocomplete
            options={reference.committees}
            getOptionLabel={(c) => c.name}
            value={reference.committees.find((c) => c.id === draft.committeeId) ?? null}
            onChange={(_e, c) => set('committeeId', c?.id ?? null)}
            autoHighlight
            sx={{ flex: 1 }}
            renderInput={(params) => (
              <TextField {...params} label={t('intake.committee')} error={fieldError('committeeId')} />
            )}
          />
          <TextField
            label={t('intake.address')}
            value={draft.address}
            onChange={(e) => set('address', e.target.value)}
            error={fieldError('address')}
            sx={{ flex: 2 }}
          />
        </Stack>
        <Stack direction="row" spacing={2}>
          <TextField
            select
            label={t('intake.kind')}
            value={draft.kind}
            onChange={(e) => set('kind', e.target.value as CaseKind)}
            slotProps={{ select: { native: true } }}
            sx={{ flex: 1 }}
          >
            {caseKinds.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </TextField>
          <TextField
            select
            label={t('intake.urgency')}
            value={draft.urgency}
            onChange={(e) => set('urgency', e.target.value as Urgency)}
            slotProps={{ select: { native: true } }}
            sx={{ flex: 1 }}
          >
            {urgencies.map((u) => (
              <option key={u} value={u}>
                {t(`urgency.${u}`)}
              </option>
            ))}
          </TextField>
          <Autocomplete
            options={categories}
            getOptionLabel={(c) => c.path}
            value={categories.find((c) => c.id === draft.categoryId) ?? null}
            onChange={(_e, c) => set('categoryId', c?.id ?? null)}
            autoHighlight
            sx={{ flex: 3 }}
            renderInput={(params) => (
              <TextField {...params} label={t('intake.category')} error={fieldError('categoryId')} />
            )}
          />
        </Stack>
        <TextField
          label={t('intake.description')}
          value={draft.description}
          onChange={(e) => set('description', e.target.value)}
          multiline
          minRows={4}
          error={fieldError('description')}
        />
        <Autocomplete
          options={reference.units}
          getOptionLabel={(u) => u.name}
          value={reference.units.find((u) => u.id === unitId) ?? null}
          onChange={(_e, u) => set('chosenUnitId', u?.id ?? null)}
          autoHighlight
          renderInput={(params) => (
            <TextField
              {...params}
              label={t('intake.unit')}
              error={fieldError('dispatchToUnitId')}
              helperText={draft.chosenUnitId === null && suggestedUnitId ? t('intake.suggestedUnit') : ' '}
            />
          )}
        />
        <Box sx={{ display: 'flex', gap: 2, justifyContent: 'flex-end' }}>
          <Button variant="outlined" onClick={() => void save(false)} disabled={saving}>
            {t('intake.saveOnly')}
            <Kbd>{shortcuts.saveOnly.label}</Kbd>
          </Button>
          <Button variant="contained" onClick={() => void save(true)} disabled={saving}>
            {t('intake.saveAndDispatch')}
            <Kbd>{shortcuts.save.label}</Kbd>
          </Button>
        </Box>
      </Stack>
    </Paper>
  );
}

import {
  Alert,
  Autocomplete,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Stack,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { useHotkeys } from 'react-hotkeys-hook';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../../../shared/api/contract';
import { CaseActInput, type SeatAction } from '../../../../shared/api/methods/loop';
import { CallFailed } from '../../api/client';
import { useApp } from '../../app/session';
import { Kbd } from '../../keyboard/Kbd';
import { shortcuts } from '../../keyboard/shortcuts';
import { actionForms, formPayload, initialValues, missingFields, type FormField, type FormValues } from './action-forms';

/** Sends one loop action; the form asks what the action needs, Ctrl+Enter submits, Esc cancels. */
export function ActionDialog({
  caseId,
  action,
  onDone,
  onCancel,
}: {
  caseId: string;
  action: SeatAction;
  onDone: (record: CaseView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { api } = useApp();
  const form = actionForms[action];
  const [values, setValues] = useState<FormValues>(() => initialValues(form, new Date()));
  const [missing, setMissing] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (busy) return;
    const empty = missingFields(form, values);
    setMissing(empty);
    if (empty.length > 0) return;
    const input = CaseActInput.safeParse({ caseId, action, payload: formPayload(form, values) });
    if (!input.success) {
      const field = String(input.error.issues[0]?.path.at(-1) ?? 'input');
      setError(t('act.fieldInvalid', { field: t(`fields.${field}`) }));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onDone(await api.call('cases:act', input.data));
    } catch (e) {
      setError(e instanceof CallFailed ? e.message : t('errors.network'));
    } finally {
      setBusy(false);
    }
  };
  useHotkeys(shortcuts.save.keys, () => void submit(), { enableOnFormTags: true, preventDefault: true });

  const set = (name: string, value: string | readonly string[]) => setValues((v) => ({ ...v, [name]: value }));
  const title = t(`actions.${action}`);
  return (
    <Dialog open onClose={onCancel} maxWidth="sm" fullWidth aria-labelledby="action-title">
      <DialogTitle id="action-title">{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {form.fields
            .filter((f) => f.when?.(values) ?? true)
            .map((f, i) => (
              <FieldInput key={f.name} field={f} values={values} set={set} autoFocus={i === 0} invalid={missing.includes(f.name)} />
            ))}
          {error && <Alert severity="error">{error}</Alert>}
          {busy && <LinearProgress />}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>
          {t('act.cancel')}
          <Kbd>Esc</Kbd>
        </Button>
        <Button variant="contained" onClick={() => void submit()} disabled={busy}>
          {t('act.submit')}
          <Kbd>{shortcuts.save.label}</Kbd>
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function FieldInput({
  field,
  values,
  set,
  autoFocus,
  invalid,
}: {
  field: FormField;
  values: FormValues;
  set: (name: string, value: string | readonly string[]) => void;
  autoFocus: boolean;
  invalid: boolean;
}) {
  const { t } = useTranslation();
  const { reference } = useApp();
  const label = t(`fields.${field.name}`);
  const value = values[field.name] ?? '';
  const helperText = invalid ? t('act.fieldInvalid', { field: label }) : undefined;
  const common = { label, autoFocus, error: invalid, helperText, fullWidth: true } as const;
  switch (field.kind) {
    case 'select':
      return (
        <TextField {...common} select value={value} onChange={(e) => set(field.name, e.target.value)} slotProps={{ select: { native: true } }}>
          {field.options.map((o) => (
            <option key={o} value={o}>
              {t(`${field.labels}.${o || 'none'}`)}
            </option>
          ))}
        </TextField>
      );
    case 'unit':
    case 'units': {
      const multiple = field.kind === 'units';
      const chosen = Array.isArray(value) ? value : [value];
      return (
        <Autocomplete
          multiple={multiple}
          options={reference.units}
          getOptionLabel={(u) => u.name}
          value={multiple ? reference.units.filter((u) => chosen.includes(u.id)) : (reference.units.find((u) => u.id === value) ?? null)}
          onChange={(_e, picked) =>
            set(field.name, Array.isArray(picked) ? picked.map((u) => u.id) : picked && 'id' in picked ? picked.id : '')
          }
          autoHighlight
          renderInput={(params) => <TextField {...params} {...common} />}
        />
      );
    }
    default:
      return (
        <TextField
          {...common}
          type={field.kind === 'datetime' ? 'datetime-local' : field.kind === 'number' ? 'number' : 'text'}
          multiline={field.kind === 'multiline'}
          minRows={field.kind === 'multiline' ? 2 : undefined}
          value={value}
          onChange={(e) => set(field.name, e.target.value)}
          slotProps={field.kind === 'datetime' ? { inputLabel: { shrink: true } } : undefined}
        />
      );
  }
}

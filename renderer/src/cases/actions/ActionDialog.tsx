import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Stack } from '@mui/material';
import { useState } from 'react';
import { useHotkeys } from 'react-hotkeys-hook';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../../../shared/api/contract';
import { CaseActInput, type SeatAction } from '../../../../shared/api/methods/loop';
import { CallFailed } from '../../api/client';
import { useApp } from '../../app/session';
import { Kbd } from '../../keyboard/Kbd';
import { shortcuts } from '../../keyboard/shortcuts';
import { actionForms, firstFieldToType, formPayload, initialValues, missingFields, type FormValues } from './action-forms';
import { FieldInput } from './FieldInput';

/**
 * Sends one loop action; the form asks what the action needs, Ctrl+Enter submits, Esc cancels.
 * `warm`: drawn hidden, taking no key and no focus, only so its styles are in the page before
 * its key opens it (see `WarmActionForms`).
 */
export function ActionDialog({
  caseId,
  action,
  onDone,
  onCancel,
  warm = false,
}: {
  caseId: string;
  action: SeatAction;
  onDone: (record: CaseView) => void;
  onCancel: () => void;
  warm?: boolean;
}) {
  const { t } = useTranslation();
  const { api } = useApp();
  const form = actionForms[action];
  const [values, setValues] = useState<FormValues>(() => initialValues(form, new Date()));
  // Field name → what is wrong with it, shown under the field.
  const [problems, setProblems] = useState<Readonly<Record<string, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (busy) return;
    const empty = missingFields(form, values);
    setProblems(Object.fromEntries(empty.map((name) => [name, t('act.fieldInvalid', { field: t(`fields.${name}`) })])));
    if (empty.length > 0) return;
    const input = CaseActInput.safeParse({ caseId, action, payload: formPayload(form, values) });
    if (!input.success) {
      const issue = input.error.issues[0];
      const name = String(issue?.path.at(-1) ?? 'input');
      const field = t(`fields.${name}`);
      // Too many days or too long a text says the limit: "请填写" would send a person looking for an empty field.
      const text =
        issue?.code === 'too_big'
          ? t('flow.fieldTooBig', { field, max: Number(issue.maximum) })
          : issue?.code === 'too_small'
            ? t('flow.fieldTooSmall', { field, min: Number(issue.minimum) })
            : t('act.fieldInvalid', { field });
      setProblems({ [name]: text });
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
  useHotkeys(shortcuts.save.keys, () => void submit(), { enableOnFormTags: true, preventDefault: true, enabled: !warm });

  const set = (name: string, value: string | readonly string[]) => setValues((v) => ({ ...v, [name]: value }));
  const title = t(`actions.${action}`);
  const shown = form.fields.filter((f) => f.when?.(values) ?? true);
  const focusField = firstFieldToType(shown);
  return (
    <Dialog open={!warm} keepMounted={warm} onClose={onCancel} maxWidth="sm" fullWidth aria-labelledby={warm ? undefined : 'action-title'}>
      {/* English action names are lower case for use inside sentences; a title starts with a capital. */}
      <DialogTitle id={warm ? undefined : 'action-title'} sx={{ '&::first-letter': { textTransform: 'uppercase' } }}>
        {title}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {shown.map((f) => (
            <FieldInput key={f.name} action={action} field={f} values={values} set={set} autoFocus={!warm && f.name === focusField} problem={problems[f.name]} />
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

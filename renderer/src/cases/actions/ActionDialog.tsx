import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Stack } from '@mui/material';
import { memo, useCallback, useEffect, useRef, useState } from 'react';
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
 * What a person typed into an action's form and left by Esc, per person, case and action, until it is sent:
 * kept outside the form, which a case drawn again (a push, its forms drawn ahead anew) mounts afresh.
 * The most recent few only: a draft is for coming back to, not an archive.
 */
const drafts = new Map<string, FormValues>();
const draftsKept = 20;
function keepDraft(key: string, values: FormValues): void {
  drafts.delete(key);
  drafts.set(key, values);
  for (const oldest of drafts.keys()) {
    if (drafts.size <= draftsKept) break;
    drafts.delete(oldest);
  }
}

/**
 * Sends one loop action; the form asks what the action needs, Ctrl+Enter submits, Esc cancels
 * (keeping what was typed for the next opening).
 * Mounted hidden ahead of its key (see `useFormsAhead`) and only shown by it: building the
 * form's DOM and layout on the key took most of the key's frame. While closed it is
 * `visibility: hidden` and `aria-hidden` (MUI's kept-mounted modal): out of the tab order, of
 * the accessibility tree and of role lookups; it takes no key and has no `action-title` id.
 * Memoised with stable props, so the case re-rendering does not draw the hidden forms again.
 */
export const ActionDialog = memo(function ActionDialog({
  caseId,
  action,
  open,
  onDone,
  onCancel,
}: {
  caseId: string;
  action: SeatAction;
  open: boolean;
  onDone: (record: CaseView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { api, session } = useApp();
  const form = actionForms[action];
  // The person's own: after a logout the next one at the seat never meets it.
  const draftKey = `${session.user.id}\n${caseId}\n${action}`;
  const [values, setValues] = useState<FormValues>(() => drafts.get(draftKey) ?? initialValues(form, new Date()));
  // Stable, so a field whose value is unchanged is not drawn again (the form opening, another field typed).
  const set = useCallback(
    (name: string, value: string | readonly string[]) =>
      setValues((v) => {
        const next = { ...v, [name]: value };
        keepDraft(draftKey, next);
        return next;
      }),
    [draftKey],
  );
  // Field name → what is wrong with it, shown under the field.
  const [problems, setProblems] = useState<Readonly<Record<string, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // An opening with nothing typed starts a fresh form (a contact time is the moment it opens), set
  // in the same render that shows it rather than in an effect a frame later.
  const [wasOpen, setWasOpen] = useState(open);
  if (wasOpen !== open) {
    setWasOpen(open);
    if (open) {
      setValues(drafts.get(draftKey) ?? initialValues(form, new Date()));
      setProblems({});
      setError(null);
    }
  }
  // A refused submit puts the focus on the first field it names, so the person types there next.
  const content = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (Object.keys(problems).length > 0) content.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [problems]);
  // A field mounted hidden cannot take the focus as it mounts (autoFocus): the first one a person
  // must type takes it when the form is shown (after MUI's focus trap has focused the dialog). A
  // form whose key came before it was mounted draws its fields a render later (MUI's portal), so
  // the field then takes the focus as it arrives.
  const first = useRef<HTMLInputElement | null>(null);
  const focusOnArrival = useRef(false);
  const firstField = useCallback((element: HTMLInputElement | null) => {
    first.current = element;
    if (element && focusOnArrival.current) {
      focusOnArrival.current = false;
      element.focus();
    }
  }, []);
  useEffect(() => {
    if (!open) return;
    if (first.current) first.current.focus();
    else focusOnArrival.current = true;
  }, [open]);

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
      const done = await api.call('cases:act', input.data);
      drafts.delete(draftKey);
      onDone(done);
    } catch (e) {
      setError(e instanceof CallFailed ? e.message : t('errors.network'));
    } finally {
      setBusy(false);
    }
  };
  useHotkeys(shortcuts.save.keys, () => void submit(), { enableOnFormTags: true, preventDefault: true, enabled: open });

  const title = t(`actions.${action}`);
  const shown = form.fields.filter((f) => f.when?.(values) ?? true);
  const focusField = firstFieldToType(shown);
  return (
    <Dialog open={open} keepMounted onClose={onCancel} maxWidth="sm" fullWidth aria-labelledby={open ? 'action-title' : undefined}>
      {/* English action names are lower case for use inside sentences; a title starts with a capital. */}
      <DialogTitle id={open ? 'action-title' : undefined} sx={{ '&::first-letter': { textTransform: 'uppercase' } }}>
        {title}
      </DialogTitle>
      <DialogContent ref={content}>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {shown.map((f) => (
            <FieldInput key={f.name} action={action} field={f} value={values[f.name]} set={set} inputRef={f.name === focusField ? firstField : undefined} problem={problems[f.name]} />
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
});

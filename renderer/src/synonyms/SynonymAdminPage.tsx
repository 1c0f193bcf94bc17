import { Alert, Box, Button, Paper, Stack, TextField, Typography } from '@mui/material';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/api/contract';
import { CallFailed } from '../api/client';
import { useApp } from '../app/session';
import { ConfirmDialog } from '../forms/ConfirmDialog';

type Group = MethodOutput<'synonyms:list'>['groups'][number];
interface Editing {
  id: string | null;
  term: string;
  forms: string;
}
const blank: Editing = { id: null, term: '', forms: '' };

/** Admins keep the town's shorthand (违建 → 违章搭建) that search and the duplicate check read. */
export function SynonymAdminPage() {
  const { t } = useTranslation();
  const { api } = useApp();
  const [groups, setGroups] = useState<readonly Group[]>([]);
  const [editing, setEditing] = useState<Editing>(blank);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [deleting, setDeleting] = useState<Group | null>(null);
  const term = useRef<HTMLInputElement>(null);
  // Edit and New take the person to the form, where the next keys go.
  const edit = (next: Editing) => {
    setEditing(next);
    term.current?.focus();
  };
  const load = useCallback(() => void api.call('synonyms:list', {}).then((r) => setGroups(r.groups)), [api]);
  useEffect(load, [load]);

  const run = async (action: () => Promise<unknown>, done = t('synonymAdmin.saved')) => {
    try {
      await action();
      setMessage({ ok: true, text: done });
      setEditing(blank);
      load();
    } catch (e) {
      setMessage({ ok: false, text: e instanceof CallFailed ? e.message : t('errors.network') });
    }
  };
  const save = () =>
    run(() => api.call('synonyms:save', { id: editing.id, term: editing.term, forms: editing.forms.split(/[,，、\s]+/u).filter((f) => f !== '') }));
  // Its row goes with it, so the focus goes back to the form rather than to nowhere.
  const remove = async (group: Group) => {
    setDeleting(null);
    await run(() => api.call('synonyms:delete', { id: group.id }), t('synonymAdmin.deleted', { term: group.term }));
    term.current?.focus();
  };

  return (
    <Paper sx={{ p: 2, maxWidth: 900, mx: 'auto' }} component="section" aria-labelledby="synonyms-title">
      <Typography variant="h5" id="synonyms-title" gutterBottom>
        {t('synonymAdmin.title')}
      </Typography>
      {message && (
        <Alert severity={message.ok ? 'success' : 'error'} sx={{ mb: 1 }} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </Alert>
      )}
      {/* The term field first: it is what a person types; Enter in either field saves. */}
      <Stack spacing={1} component="form" onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <TextField autoFocus inputRef={term} label={t('synonymAdmin.term')} value={editing.term} onChange={(e) => setEditing({ ...editing, term: e.target.value })} />
        <TextField label={t('synonymAdmin.forms')} value={editing.forms} onChange={(e) => setEditing({ ...editing, forms: e.target.value })} />
        <Box sx={{ display: 'flex', gap: 1 }}>
          <Button type="submit" variant="contained">{t('synonymAdmin.save')} (Enter)</Button>
          <Button onClick={() => edit(blank)}>{t('synonymAdmin.add')}</Button>
        </Box>
      </Stack>
      {groups.map((g) => (
        <Box key={g.id} sx={{ borderBottom: 1, borderColor: 'divider', py: 1, display: 'flex', gap: 1, alignItems: 'center' }} data-testid="synonym-row">
          <Typography sx={{ flex: 1 }}>
            <strong>{g.term}</strong> ← {g.forms.join('、')}
          </Typography>
          <Button size="small" onClick={() => edit({ id: g.id, term: g.term, forms: g.forms.join('，') })}>
            {t('synonymAdmin.edit')}
          </Button>
          <Button size="small" color="error" onClick={() => setDeleting(g)}>
            {t('synonymAdmin.delete')}
          </Button>
        </Box>
      ))}
      {deleting && (
        <ConfirmDialog
          title={t('synonymAdmin.confirmDelete.title')}
          text={t('synonymAdmin.confirmDelete.text', { term: deleting.term, forms: deleting.forms.join('、') })}
          confirm={t('synonymAdmin.delete')}
          cancel={t('synonymAdmin.confirmDelete.keep')}
          onConfirm={() => void remove(deleting)}
          onCancel={() => setDeleting(null)}
        />
      )}
    </Paper>
  );
}

import { Alert, Box, Button, Paper, Stack, TextField, Typography } from '@mui/material';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useHotkeys } from 'react-hotkeys-hook';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/api/contract';
import { CallFailed } from '../api/client';
import { useApp } from '../app/session';
import { ConfirmDialog } from '../forms/ConfirmDialog';
import { Kbd } from '../keyboard/Kbd';
import { shortcuts } from '../keyboard/shortcuts';

type Entry = MethodOutput<'knowledge:list'>['entries'][number];
interface Editing {
  id: string | null;
  question: string;
  answer: string;
  keywords: string;
}
const blank: Editing = { id: null, question: '', answer: '', keywords: '' };

/** Admins keep the answers operators give at intake. */
export function KnowledgeAdminPage() {
  const { t } = useTranslation();
  const { api } = useApp();
  const [entries, setEntries] = useState<readonly Entry[]>([]);
  const [editing, setEditing] = useState<Editing>(blank);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [deleting, setDeleting] = useState<Entry | null>(null);
  const question = useRef<HTMLInputElement>(null);
  // Edit and New take the person to the form, where the next keys go.
  const edit = (next: Editing) => {
    setEditing(next);
    question.current?.focus();
  };
  const load = useCallback(() => void api.call('knowledge:list', {}).then((r) => setEntries(r.entries)), [api]);
  useEffect(load, [load]);

  const run = async (action: () => Promise<unknown>, done = t('knowledgeAdmin.saved')) => {
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
    run(() =>
      api.call('knowledge:save', {
        id: editing.id,
        question: editing.question,
        answer: editing.answer,
        keywords: editing.keywords.split(/[,，、\s]+/u).filter((k) => k !== ''),
      }),
    );
  // Enter in the answer is a new line: Ctrl+Enter saves from any field.
  useHotkeys(shortcuts.save.keys, () => void save(), { enableOnFormTags: true, preventDefault: true, enabled: deleting === null }, [editing]);
  // Its row goes with it, so the focus goes back to the form rather than to nowhere.
  const remove = async (entry: Entry) => {
    setDeleting(null);
    await run(() => api.call('knowledge:delete', { id: entry.id }), t('knowledgeAdmin.deleted', { question: entry.question }));
    question.current?.focus();
  };

  return (
    <Paper sx={{ p: 2, maxWidth: 1000, mx: 'auto' }} component="section" aria-labelledby="knowledge-title">
      <Typography variant="h5" id="knowledge-title" gutterBottom>
        {t('knowledgeAdmin.title')}
      </Typography>
      {message && (
        <Alert severity={message.ok ? 'success' : 'error'} sx={{ mb: 1 }} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </Alert>
      )}
      <Stack spacing={1} component="form" onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <TextField autoFocus inputRef={question} label={t('knowledgeAdmin.question')} value={editing.question} onChange={(e) => setEditing({ ...editing, question: e.target.value })} />
        <TextField label={t('knowledgeAdmin.answer')} value={editing.answer} multiline minRows={2} onChange={(e) => setEditing({ ...editing, answer: e.target.value })} />
        <TextField label={t('knowledgeAdmin.keywords')} value={editing.keywords} onChange={(e) => setEditing({ ...editing, keywords: e.target.value })} />
        <Box sx={{ display: 'flex', gap: 1 }}>
          <Button type="submit" variant="contained">
            {t('knowledgeAdmin.save')}
            <Kbd>{shortcuts.save.label}</Kbd>
          </Button>
          <Button onClick={() => edit(blank)}>{t('knowledgeAdmin.add')}</Button>
        </Box>
      </Stack>
      {entries.length === 0 && <Typography sx={{ mt: 2 }}>{t('knowledgeAdmin.empty')}</Typography>}
      {entries.map((e) => (
        <Box key={e.id} sx={{ borderBottom: 1, borderColor: 'divider', py: 1, display: 'flex', gap: 1, alignItems: 'flex-start' }} data-testid="knowledge-row">
          <Box sx={{ flex: 1 }}>
            <Typography variant="subtitle2">{e.question}</Typography>
            <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>{e.answer}</Typography>
            <Typography variant="caption" color="text.secondary">{e.keywords.join('、')}</Typography>
          </Box>
          <Button size="small" onClick={() => edit({ id: e.id, question: e.question, answer: e.answer, keywords: e.keywords.join('，') })}>
            {t('knowledgeAdmin.edit')}
          </Button>
          <Button size="small" color="error" onClick={() => setDeleting(e)}>
            {t('knowledgeAdmin.delete')}
          </Button>
        </Box>
      ))}
      {deleting && (
        <ConfirmDialog
          title={t('knowledgeAdmin.confirmDelete.title')}
          text={t('knowledgeAdmin.confirmDelete.text', { question: deleting.question })}
          confirm={t('knowledgeAdmin.delete')}
          cancel={t('knowledgeAdmin.confirmDelete.keep')}
          onConfirm={() => void remove(deleting)}
          onCancel={() => setDeleting(null)}
        />
      )}
    </Paper>
  );
}

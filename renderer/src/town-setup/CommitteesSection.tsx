import { Box, Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../shared/case/fields';
import type { Committee } from '../../../shared/reference/types';
import { useApp } from '../app/session';
import { shortcuts } from '../keyboard/shortcuts';
import { SavedMessage } from './SavedMessage';
import { SectionTitle } from './SectionTitle';
import { useTownSave } from './use-save';

type Editing = Omit<Committee, 'id'> & { id: string | null };
const blank: Editing = { id: null, name: '', kind: 'residential' };
const kinds = ['residential', 'village'] as const satisfies readonly Committee['kind'][];

/** The town's grid cells (居委, 村委): a new one comes with its own desk to dispatch to. */
export function CommitteesSection() {
  const { t } = useTranslation();
  const { api, reference } = useApp();
  const { message, run } = useTownSave();
  const [editing, setEditing] = useState<Editing>(blank);
  const save = async () => {
    const saved = await run(
      () => api.call('reference:saveCommittee', editing),
      ({ desk }) => (desk ? t('townSetup.committeeAdded', { name: editing.name, desk: desk.name }) : t('townSetup.saved', { name: editing.name })),
    );
    if (saved) setEditing(blank);
  };
  return (
    <Stack component="section" aria-labelledby="committees-title" spacing={1}>
      <SectionTitle id="committees-title" label={t('townSetup.committees')} shortcut={shortcuts.townCommittees} />
      <SavedMessage message={message} />
      <Box component="form" sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }} onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <TextField label={t('townSetup.committeeName')} value={editing.name} onChange={(e) => setEditing({ ...editing, name: e.target.value })} slotProps={{ htmlInput: { maxLength: limits.name } }} />
        <TextField select label={t('townSetup.committeeKind')} value={editing.kind} onChange={(e) => setEditing({ ...editing, kind: e.target.value as Committee['kind'] })} sx={{ minWidth: 120 }}>
          {kinds.map((kind) => (
            <MenuItem key={kind} value={kind}>{t(`townSetup.committeeKinds.${kind}`)}</MenuItem>
          ))}
        </TextField>
        <Button type="submit" variant="contained">{t('townSetup.save')} (Enter)</Button>
        <Button onClick={() => setEditing(blank)}>{t('townSetup.add')}</Button>
      </Box>
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, columns: '3 240px' }}>
        {reference.committees.map((c) => (
          <Box component="li" key={c.id} sx={{ display: 'flex', alignItems: 'center', gap: 1, breakInside: 'avoid' }} data-testid="committee-row">
            <Typography sx={{ flex: 1 }}>{c.name} · {t(`townSetup.committeeKinds.${c.kind}`)}</Typography>
            <Button size="small" onClick={() => setEditing({ id: c.id, name: c.name, kind: c.kind })}>{t('townSetup.edit')}</Button>
          </Box>
        ))}
      </Box>
    </Stack>
  );
}

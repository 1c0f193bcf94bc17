import { Box, Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../shared/case/fields';
import { unitTypes, type Unit } from '../../../shared/reference/types';
import { useApp } from '../app/session';
import { PinyinPicker } from '../intake/PinyinPicker';
import { shortcuts } from '../keyboard/shortcuts';
import { SavedMessage } from './SavedMessage';
import { SectionTitle } from './SectionTitle';
import { useTownSave } from './use-save';

type Editing = Omit<Unit, 'id'> & { id: string | null };
const blank: Editing = { id: null, name: '', type: 'department', committeeId: null };

/** The units cases are dispatched to: departments, and each committee's own desk. */
export function UnitsSection() {
  const { t } = useTranslation();
  const { api, reference } = useApp();
  const { message, run } = useTownSave();
  const [editing, setEditing] = useState<Editing>(blank);
  const save = async () => {
    const input = { ...editing, committeeId: editing.type === 'committee' ? editing.committeeId : null };
    if (await run(() => api.call('reference:saveUnit', input), t('townSetup.saved', { name: editing.name }))) setEditing(blank);
  };
  const committeeName = (id: string | null) => reference.committees.find((c) => c.id === id)?.name ?? '';
  return (
    <Stack component="section" aria-labelledby="units-title" spacing={1}>
      <SectionTitle id="units-title" label={t('townSetup.units')} shortcut={shortcuts.townUnits} />
      <SavedMessage message={message} />
      <Box component="form" sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }} onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <TextField autoFocus label={t('townSetup.unitName')} value={editing.name} onChange={(e) => setEditing({ ...editing, name: e.target.value })} slotProps={{ htmlInput: { maxLength: limits.name } }} />
        <TextField select label={t('townSetup.unitType')} value={editing.type} onChange={(e) => setEditing({ ...editing, type: e.target.value as Unit['type'] })} sx={{ minWidth: 140 }}>
          {unitTypes.map((type) => (
            <MenuItem key={type} value={type}>{t(`townSetup.unitTypes.${type}`)}</MenuItem>
          ))}
        </TextField>
        {editing.type === 'committee' && (
          <Box sx={{ minWidth: 220 }}>
            <PinyinPicker label={t('townSetup.committee')} options={reference.committees} value={editing.committeeId} onChange={(committeeId) => setEditing({ ...editing, committeeId })} />
          </Box>
        )}
        <Button type="submit" variant="contained">{t('townSetup.save')} (Enter)</Button>
        <Button onClick={() => setEditing(blank)}>{t('townSetup.add')}</Button>
      </Box>
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, columns: '2 320px' }}>
        {reference.units.map((u) => (
          <Box component="li" key={u.id} sx={{ display: 'flex', alignItems: 'center', gap: 1, breakInside: 'avoid' }} data-testid="unit-row">
            <Typography sx={{ flex: 1 }}>
              {u.name} · {t(`townSetup.unitTypes.${u.type}`)}
              {u.committeeId ? ` · ${committeeName(u.committeeId)}` : ''}
            </Typography>
            <Button size="small" onClick={() => setEditing({ id: u.id, name: u.name, type: u.type, committeeId: u.committeeId })}>{t('townSetup.edit')}</Button>
          </Box>
        ))}
      </Box>
    </Stack>
  );
}

import { Box, Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoutingRule } from '../../../shared/reference/types';
import { useApp } from '../app/session';
import { PinyinPicker } from '../intake/PinyinPicker';
import { shortcuts } from '../keyboard/shortcuts';
import { SavedMessage } from './SavedMessage';
import { SectionTitle } from './SectionTitle';
import { useTownSave } from './use-save';

type Editing = { id: string | null; categoryId: string | null; committeeId: string | null; unitId: string | null };
const blank: Editing = { id: null, categoryId: null, committeeId: null, unitId: null };

/** 派单规则: which unit intake suggests for a category, in one committee or (no committee) town-wide. */
export function RulesSection() {
  const { t } = useTranslation();
  const { api, reference } = useApp();
  const { message, run } = useTownSave();
  const [editing, setEditing] = useState<Editing>(blank);
  const name = (list: readonly { id: string; name: string }[], id: string | null, none = '') => list.find((x) => x.id === id)?.name ?? none;
  const save = async () => {
    const { categoryId, unitId } = editing;
    if (categoryId === null || unitId === null) return;
    const done = t('townSetup.ruleSaved', { category: name(reference.categories, categoryId), unit: name(reference.units, unitId) });
    if (await run(() => api.call('reference:saveRoutingRule', { ...editing, categoryId, unitId }), done)) setEditing(blank);
  };
  const remove = (r: RoutingRule) => void run(() => api.call('reference:deleteRoutingRule', { id: r.id }), t('townSetup.ruleDeleted', { category: name(reference.categories, r.categoryId) }));
  return (
    <Stack component="section" aria-labelledby="rules-title" spacing={1}>
      <SectionTitle id="rules-title" label={t('townSetup.rules')} shortcut={shortcuts.townRules} />
      <SavedMessage message={message} />
      <Box component="form" sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 1 }} onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <PinyinPicker label={t('townSetup.ruleCategory')} options={reference.categories} value={editing.categoryId} onChange={(categoryId) => setEditing({ ...editing, categoryId })} />
        <PinyinPicker label={t('townSetup.ruleCommittee')} options={reference.committees} value={editing.committeeId} onChange={(committeeId) => setEditing({ ...editing, committeeId })} helperText={t('townSetup.townWide')} />
        <PinyinPicker label={t('townSetup.ruleUnit')} options={reference.units} value={editing.unitId} onChange={(unitId) => setEditing({ ...editing, unitId })} />
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'start' }}>
          <Button type="submit" variant="contained" disabled={editing.categoryId === null || editing.unitId === null}>{t('townSetup.save')} (Enter)</Button>
          <Button onClick={() => setEditing(blank)}>{t('townSetup.add')}</Button>
        </Box>
      </Box>
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, columns: '2 360px' }}>
        {reference.routingRules.map((r) => (
          <Box component="li" key={r.id} sx={{ display: 'flex', alignItems: 'center', gap: 1, breakInside: 'avoid' }} data-testid="rule-row">
            <Typography sx={{ flex: 1 }}>
              {name(reference.categories, r.categoryId)} · {name(reference.committees, r.committeeId, t('townSetup.everywhere'))} → {name(reference.units, r.unitId)}
            </Typography>
            <Button size="small" onClick={() => setEditing({ ...r })}>{t('townSetup.edit')}</Button>
            <Button size="small" color="error" onClick={() => remove(r)}>{t('townSetup.delete')}</Button>
          </Box>
        ))}
      </Box>
    </Stack>
  );
}

import { Box, Button, Stack, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoutingRule } from '../../../shared/reference/types';
import { useApp } from '../app/session';
import { ConfirmDialog } from '../forms/ConfirmDialog';
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
  const [deleting, setDeleting] = useState<RoutingRule | null>(null);
  const category = useRef<HTMLInputElement>(null);
  const name = (list: readonly { id: string; name: string }[], id: string | null, none = '') => list.find((x) => x.id === id)?.name ?? none;
  const save = async () => {
    const { categoryId, unitId } = editing;
    if (categoryId === null || unitId === null) return;
    const done = t('townSetup.ruleSaved', { category: name(reference.categories, categoryId), unit: name(reference.units, unitId) });
    if (await run(() => api.call('reference:saveRoutingRule', { ...editing, categoryId, unitId }), done)) setEditing(blank);
  };
  const describe = (r: RoutingRule) => `${name(reference.categories, r.categoryId)} · ${name(reference.committees, r.committeeId, t('townSetup.everywhere'))} → ${name(reference.units, r.unitId)}`;
  // Its row goes with it, so the focus goes back to the form rather than to nowhere.
  const remove = async (r: RoutingRule) => {
    setDeleting(null);
    await run(() => api.call('reference:deleteRoutingRule', { id: r.id }), t('townSetup.ruleDeleted', { category: name(reference.categories, r.categoryId) }));
    category.current?.focus();
  };
  return (
    <Stack component="section" aria-labelledby="rules-title" spacing={1}>
      <SectionTitle id="rules-title" label={t('townSetup.rules')} shortcut={shortcuts.townRules} />
      <SavedMessage message={message} />
      <Box component="form" sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 1 }} onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <PinyinPicker label={t('townSetup.ruleCategory')} inputRef={category} options={reference.categories} value={editing.categoryId} onChange={(categoryId) => setEditing({ ...editing, categoryId })} />
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
            <Typography sx={{ flex: 1 }}>{describe(r)}</Typography>
            <Button size="small" onClick={() => setEditing({ ...r })}>{t('townSetup.edit')}</Button>
            <Button size="small" color="error" onClick={() => setDeleting(r)}>{t('townSetup.delete')}</Button>
          </Box>
        ))}
      </Box>
      {deleting && (
        <ConfirmDialog
          title={t('townSetup.confirmRuleDelete.title')}
          text={t('townSetup.confirmRuleDelete.text', { rule: describe(deleting) })}
          confirm={t('townSetup.delete')}
          cancel={t('townSetup.confirmRuleDelete.keep')}
          onConfirm={() => void remove(deleting)}
          onCancel={() => setDeleting(null)}
        />
      )}
    </Stack>
  );
}

import { Box, Button, Stack, TextField, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../shared/case/fields';
import { leafCategoryIds } from '../../../shared/reference/routing';
import type { Category } from '../../../shared/reference/types';
import { useApp } from '../app/session';
import { PinyinPicker } from '../intake/PinyinPicker';
import { shortcuts } from '../keyboard/shortcuts';
import { SavedMessage } from './SavedMessage';
import { SectionTitle } from './SectionTitle';
import { useTownSave } from './use-save';

type Editing = Omit<Category, 'id'> & { id: string | null };
const blank: Editing = { id: null, name: '', parentId: null };

/** The category tree: a new category goes under a group (or at the top); an existing one is renamed. */
export function CategoriesSection() {
  const { t } = useTranslation();
  const { api, reference } = useApp();
  const { message, run } = useTownSave();
  const [editing, setEditing] = useState<Editing>(blank);
  const leaves = useMemo(() => leafCategoryIds(reference.categories), [reference.categories]);
  const groups = reference.categories.filter((c) => !leaves.has(c.id));
  const nameOf = (id: string | null) => reference.categories.find((c) => c.id === id)?.name ?? t('townSetup.topLevel');
  const save = async () => {
    if (await run(() => api.call('reference:saveCategory', editing), t('townSetup.saved', { name: editing.name }))) setEditing(blank);
  };
  return (
    <Stack component="section" aria-labelledby="categories-title" spacing={1}>
      <SectionTitle id="categories-title" label={t('townSetup.categories')} shortcut={shortcuts.townCategories} />
      <SavedMessage message={message} />
      <Box component="form" sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }} onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <TextField label={t('townSetup.categoryName')} value={editing.name} onChange={(e) => setEditing({ ...editing, name: e.target.value })} slotProps={{ htmlInput: { maxLength: limits.name } }} />
        {editing.id === null ? (
          <Box sx={{ minWidth: 240 }}>
            <PinyinPicker label={t('townSetup.parent')} options={groups} value={editing.parentId} onChange={(parentId) => setEditing({ ...editing, parentId })} helperText={t('townSetup.parentHint')} />
          </Box>
        ) : (
          <Typography sx={{ alignSelf: 'center' }} color="text.secondary">{t('townSetup.under', { parent: nameOf(editing.parentId) })}</Typography>
        )}
        <Button type="submit" variant="contained">{t('townSetup.save')} (Enter)</Button>
        <Button onClick={() => setEditing(blank)}>{t('townSetup.add')}</Button>
      </Box>
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, columns: '3 240px' }}>
        {reference.categories.map((c) => (
          <Box component="li" key={c.id} sx={{ display: 'flex', alignItems: 'center', gap: 1, breakInside: 'avoid' }} data-testid="category-row">
            <Typography sx={{ flex: 1, fontWeight: leaves.has(c.id) ? undefined : 'bold' }}>
              {c.parentId ? `${nameOf(c.parentId)} › ` : ''}
              {c.name}
            </Typography>
            <Button size="small" onClick={() => setEditing({ id: c.id, name: c.name, parentId: c.parentId })}>{t('townSetup.edit')}</Button>
          </Box>
        ))}
      </Box>
    </Stack>
  );
}

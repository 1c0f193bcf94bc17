import { MenuItem, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { urgencies } from '../../../shared/case/vocabulary';
import { viewerOf } from '../../../shared/case/visibility';
import { useApp } from '../app/session';
import { leafCategoryOptions } from '../intake/category-paths';
import type { BoardFilter } from './board-head';

/** Four selects; "all" is the empty value. Tab moves between them, arrows and Enter pick. */
export function BoardFilters({ value, onChange }: { value: BoardFilter; onChange: (f: BoardFilter) => void }) {
  const { t } = useTranslation();
  const { reference, session } = useApp();
  const select = (label: string, field: keyof BoardFilter, options: readonly { id: string; name: string }[], testId: string) => (
    <TextField
      select
      size="small"
      label={label}
      value={value[field] ?? ''}
      onChange={(e) => onChange({ ...value, [field]: e.target.value === '' ? null : e.target.value })}
      sx={{ minWidth: 160 }}
      data-testid={testId}
    >
      <MenuItem value="">{t('board.all')}</MenuItem>
      {options.map((o) => (
        <MenuItem key={o.id} value={o.id}>
          {o.name}
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
      {viewerOf(session.user).scope === 'town' && select(t('cases.unit'), 'unitId', reference.units, 'board-unit')}
      {select(t('cases.committee'), 'committeeId', reference.committees, 'board-committee')}
      {select(
        t('cases.category'),
        'categoryId',
        leafCategoryOptions(reference.categories).map((c) => ({ id: c.id, name: c.path })),
        'board-category',
      )}
      {select(
        t('intake.urgency'),
        'urgency',
        urgencies.map((u) => ({ id: u, name: t(`urgency.${u}`) })),
        'board-urgency',
      )}
    </Stack>
  );
}

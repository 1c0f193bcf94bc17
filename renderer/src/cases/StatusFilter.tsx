import { MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { caseStatuses, type CaseStatus } from '../../../shared/case/vocabulary';

/** Filter by case status; empty means all statuses. */
export function StatusFilter({
  value,
  onChange,
  size,
}: {
  value: CaseStatus | null;
  onChange: (status: CaseStatus | null) => void;
  size?: 'small' | 'medium';
}) {
  const { t } = useTranslation();
  return (
    <TextField
      select
      size={size}
      label={t('cases.status')}
      value={value ?? ''}
      onChange={(e) => onChange(caseStatuses.find((s) => s === e.target.value) ?? null)}
      sx={{ minWidth: 160 }}
      data-testid="status-filter"
    >
      <MenuItem value="">{t('cases.allStatuses')}</MenuItem>
      {caseStatuses.map((s) => (
        <MenuItem key={s} value={s}>
          {t(`status.${s}`)}
        </MenuItem>
      ))}
    </TextField>
  );
}

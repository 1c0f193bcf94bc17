import { Paper, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { mayCall } from '../../../shared/reference/permissions';
import { useApp } from '../app/session';
import { CalendarEditor } from './CalendarEditor';
import { LockedAccounts } from './LockedAccounts';
import { PolicyEditor } from './PolicyEditor';

export function SlaAdminPage() {
  const { t } = useTranslation();
  const { session } = useApp();
  return (
    <Paper sx={{ p: 2 }} component="section">
      <Typography variant="h5">{t('slaAdmin.title')}</Typography>
      <Stack spacing={3} sx={{ mt: 1 }}>
        <CalendarEditor />
        <PolicyEditor />
        {mayCall(session.user.role, 'users:locks') && <LockedAccounts />}
      </Stack>
    </Paper>
  );
}

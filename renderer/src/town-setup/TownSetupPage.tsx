import { Paper, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { CategoriesSection } from './CategoriesSection';
import { CommitteesSection } from './CommitteesSection';
import { RulesSection } from './RulesSection';
import { UnitsSection } from './UnitsSection';

/**
 * The town's own set-up at an admin seat: units, routing rules, categories and committees. Saved here, each
 * reaches the hub and every seat; a town starts from its own data instead of the demo's.
 */
export function TownSetupPage() {
  const { t } = useTranslation();
  return (
    <Paper sx={{ p: 2, maxWidth: 1200, mx: 'auto' }} component="section" aria-labelledby="town-setup-title">
      <Typography variant="h5" id="town-setup-title" gutterBottom>{t('townSetup.title')}</Typography>
      <Stack spacing={3}>
        <UnitsSection />
        <RulesSection />
        <CategoriesSection />
        <CommitteesSection />
      </Stack>
    </Paper>
  );
}

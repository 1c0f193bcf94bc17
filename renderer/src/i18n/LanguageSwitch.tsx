import { Button } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../api/client';
import { Kbd } from '../keyboard/Kbd';
import { shortcuts } from '../keyboard/shortcuts';
import { useLanguageToggle } from './language-toggle';

/** The app bar's language button, its key shown. */
export function LanguageSwitch({ api }: { api: ApiClient }) {
  const { t } = useTranslation();
  const toggle = useLanguageToggle(api);
  return (
    <Button color="inherit" onClick={toggle} data-testid="language-switch">
      {t('nav.language')}
      <Kbd>{shortcuts.language.label}</Kbd>
    </Button>
  );
}

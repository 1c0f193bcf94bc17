import { Button } from '@mui/material';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useHotkeys } from 'react-hotkeys-hook';
import type { ApiClient } from '../api/client';
import { Kbd } from '../keyboard/Kbd';
import { shortcuts } from '../keyboard/shortcuts';
import { rememberLanguage } from './setup';

/** Alt+L (and the shell's menu) switch zh-CN ⇄ English; the core's error messages follow the same choice. */
export function useLanguageToggle(api: ApiClient): () => void {
  const { i18n } = useTranslation();
  const toggle = () => {
    const next = i18n.language === 'en' ? 'zh-CN' : 'en';
    api.lang = next;
    rememberLanguage(next);
  };
  useHotkeys(shortcuts.language.keys, toggle, { enableOnFormTags: true, preventDefault: true });
  useEffect(() => api.on('shell:command', ({ command }) => command === 'language:toggle' && toggle()));
  return toggle;
}

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

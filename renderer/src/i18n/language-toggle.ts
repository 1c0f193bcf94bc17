import { useEffect } from 'react';
import { useHotkeys } from 'react-hotkeys-hook';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../api/client';
import { shortcuts } from '../keyboard/shortcuts';
import { rememberLanguage } from './setup';

/**
 * Alt+L (and the shell's menu) switch zh-CN ⇄ English; the core's error messages follow the same
 * choice. Apart from the button: the login form uses it without MUI.
 */
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

import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language as Lang } from '../../../shared/api/envelope';
import { messages } from '../../../shared/i18n';

const STORAGE_KEY = 'lianxin.language';

/** zh-CN unless the user switched before: the choice is remembered on this seat. */
export function storedLanguage(): Lang {
  // The languages with messages, checked without the envelope's zod schema: zod is not needed to show the login form.
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored !== null && Object.hasOwn(messages, stored) ? (stored as Lang) : 'zh-CN';
}

export function rememberLanguage(lang: Lang): void {
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
  void i18next.changeLanguage(lang);
}

void i18next.use(initReactI18next).init({
  resources: Object.fromEntries(Object.entries(messages).map(([lng, m]) => [lng, { translation: m }])),
  lng: storedLanguage(),
  fallbackLng: 'zh-CN',
  initAsync: false,
  interpolation: { escapeValue: false },
});

export { i18next };

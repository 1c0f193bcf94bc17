import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { Language, type Language as Lang } from '../../../shared/api/envelope';
import { messages } from '../../../shared/i18n';

const STORAGE_KEY = 'lianxin.language';

/** zh-CN unless the user switched before: the choice is remembered on this seat. */
export function storedLanguage(): Lang {
  return Language.catch('zh-CN').parse(localStorage.getItem(STORAGE_KEY));
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

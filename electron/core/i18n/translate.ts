import i18next, { type TFunction } from 'i18next';
import type { Language } from '../../../shared/api/envelope';
import { messages } from '../../../shared/i18n';

const instance = i18next.createInstance();
void instance.init({
  resources: Object.fromEntries(Object.entries(messages).map(([lng, m]) => [lng, { translation: m }])),
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  initAsync: false,
  interpolation: { escapeValue: false },
});

/** Error messages are translated where they are made, into the language the seat works in. */
export function translator(lang: Language): TFunction {
  return instance.getFixedT(lang);
}

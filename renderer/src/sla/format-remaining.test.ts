import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { messages } from '../../../shared/i18n';
import { formatReading, formatSpan } from './format-remaining';

async function translator(lng: 'en' | 'zh-CN') {
  const i18n = createInstance();
  await i18n.init({ resources: { en: { translation: messages.en }, 'zh-CN': { translation: messages['zh-CN'] } }, lng, fallbackLng: 'zh-CN' });
  return i18n.t;
}

const h = 3_600_000;
const min = 60_000;

describe('a clock’s remaining-time cell', () => {
  it('counts down to the second while it runs and when overdue', async () => {
    const t = await translator('zh-CN');
    expect(formatReading({ status: 'ok', remainingMs: 2 * h + 5 * min + 9_000 }, t)).toBe('2:05:09');
    expect(formatReading({ status: 'overdue', remainingMs: -(11 * h + 29 * min + 18_000) }, t)).toBe('超时 11:29:18');
  });

  it('says how early or late a stopped clock was in hours and minutes, not as a countdown', async () => {
    const zh = await translator('zh-CN');
    expect(formatReading({ status: 'met', remainingMs: 15 * h + 15 * min + 14_000 }, zh)).toBe('提前 15小时15分');
    expect(formatReading({ status: 'late', remainingMs: -(40 * min + 2_000) }, zh)).toBe('迟 40分钟');
    const en = await translator('en');
    expect(formatReading({ status: 'met', remainingMs: 2 * h }, en)).toBe('2 h 0 min early');
    expect(formatSpan(7 * 24 * h + 3 * h, en)).toBe('7 d 3 h');
  });
});

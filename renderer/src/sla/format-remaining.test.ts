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
  it('counts down to the second in its last hour, before it and after it', async () => {
    const t = await translator('zh-CN');
    expect(formatReading({ status: 'warning', remainingMs: 34 * min + 3_000 }, t)).toBe('0:34:03');
    expect(formatReading({ status: 'overdue', remainingMs: -(59 * min + 59_000) }, t)).toBe('超时 0:59:59');
  });

  it('reads hours and minutes beyond an hour, never a countdown that looks like the time of day', async () => {
    const t = await translator('zh-CN');
    // Due at midnight and read at 16:41:54: the old countdown said "超时 16:41:54", the time now.
    expect(formatReading({ status: 'overdue', remainingMs: -(16 * h + 41 * min + 54_000) }, t)).toBe('超时 16小时41分');
    expect(formatReading({ status: 'ok', remainingMs: 2 * h + 5 * min + 9_000 }, t)).toBe('2小时5分');
    expect(formatReading({ status: 'overdue', remainingMs: -(2 * 24 * h + 16 * h) }, t)).toBe('超时 2天16小时');
    const en = await translator('en');
    expect(formatReading({ status: 'overdue', remainingMs: -(16 * h + 41 * min) }, en)).toBe('overdue 16 h 41 min');
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

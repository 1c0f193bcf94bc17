import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { messages } from '../../../shared/i18n';

async function translator(lng: 'en' | 'zh-CN') {
  const i18n = createInstance();
  await i18n.init({ resources: { en: { translation: messages.en }, 'zh-CN': { translation: messages['zh-CN'] } }, lng, fallbackLng: 'zh-CN' });
  return i18n.t;
}

describe('counts in English', () => {
  it('say one case and once, not "1 cases" or "1 times"', async () => {
    const t = await translator('en');
    expect(t('caseDetail.reopened', { count: 1 })).toBe('Reopened once');
    expect(t('caseDetail.reopened', { count: 2 })).toBe('Reopened 2 times');
    expect(t('cases.total', { count: 1 })).toBe('1 case');
    // No noun to agree: the wall's forecast line must fit beside a unit's name on a 1366 px screen.
    expect(t('wall.forecastItem', { count: 1 })).toBe('1 to breach in 2 h');
    expect(t('intakeKeys.historyCases', { count: 1 })).toBe('1 case');
    expect(t('intakeKeys.historyRecent', { count: 1 })).toBe('1 call in 30 days');
    expect(t('intakeKeys.historyRecent', { count: 4 })).toBe('4 calls in 30 days');
    expect(t('caseDetail.pendingExtension', { unit: 'A', count: 1, reason: 'r' })).toBe('A asks for 1 more working day: r');
    expect(t('sla.calendarRunningOut', { date: 'D', count: 1 })).toContain('(1 day left)');
    // What the seat did, not its events: filing a case and dispatching it are two actions.
    expect(t('sync.syncing', { count: 1 })).toBe('Syncing 1 action');
    expect(t('sync.unsent', { count: 1 })).toBe('1 action unsent');
    expect(t('sync.unsent', { count: 2 })).toBe('2 actions unsent');
    expect(t('decision.cellLabel', { where: 'W', when: 'T', count: 1 })).toBe('W · T: 1 call');
  });

  it('leave Chinese, which has no singular, as it was', async () => {
    const t = await translator('zh-CN');
    expect(t('caseDetail.reopened', { count: 1 })).toBe('已重办 1 次');
    expect(t('cases.total', { count: 3 })).toBe('共 3 件');
    expect(t('caseDetail.pendingExtension', { unit: '甲', count: 1, reason: '因' })).toBe('甲 申请延期 1 个工作日：因');
    expect(t('sla.calendarRunningOut', { date: 'D', count: 1 })).toContain('还剩 1 天');
    expect(t('sync.unsent', { count: 2 })).toBe('待发 2 项操作');
  });
});

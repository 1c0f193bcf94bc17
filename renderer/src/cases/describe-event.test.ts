import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { CaseEvent, CaseEventOf } from '../../../shared/case/events';
import { foldCase } from '../../../shared/case/fold';
import { messages } from '../../../shared/i18n';
import { manualCardClock } from '../../../shared/sla/supervision';
import { formatHlc } from '../../../shared/sync/hlc';
import { describeEvent } from './describe-event';

async function translator(lng: 'en' | 'zh-CN') {
  const i18n = createInstance();
  await i18n.init({ resources: { en: { translation: messages.en }, 'zh-CN': { translation: messages['zh-CN'] } }, lng, fallbackLng: 'zh-CN' });
  return i18n.t;
}

const at = Date.parse('2026-12-03T02:00:00Z');
const envelope = (serial: number, minute: number) => ({
  id: `01JC${String(serial).padStart(22, '0')}`,
  caseId: '01JD0000000000000000000001',
  seatId: 'GH01',
  hlc: formatHlc({ wallMs: at + minute * 60_000, counter: 0, node: 'GH01' }),
  actorId: 'user.sup01',
});
const registered: CaseEventOf<'case.registered'> = {
  ...envelope(1, 0),
  type: 'case.registered',
  payload: {
    number: 'GH01-20261203-0001',
    kind: 'complaint',
    urgency: 'normal',
    categoryId: 'cat.streetlight',
    committeeId: 'cmt.lvdi',
    address: '绿地路 1 号',
    description: '路灯不亮',
    caller: { name: '', phone: '' },
    registeredAt: new Date(at).toISOString(),
    filedOffline: false,
  },
};
const supervised = (serial: number, clock: string, note: string): CaseEvent =>
  ({ ...envelope(serial, serial), type: 'case.supervised', payload: { card: 'yellow', clock, note } }) as CaseEvent;

describe('a 督办 card in the case history', () => {
  const record = foldCase([registered]);
  if (!record) throw new Error('the registration folds to a case');
  const context = { unitNames: new Map<string, string>(), record, mainNumber: null };

  it('names the clock that ran over for the core’s own card, which has no note — never a dangling colon', async () => {
    const zh = await translator('zh-CN');
    expect(describeEvent(supervised(2, 'reply', ''), zh, context)).toBe('黄牌（办结答复超时）');
    const en = await translator('en');
    expect(describeEvent(supervised(2, 'reply', ''), en, context)).toBe('Yellow card (Reply overdue)');
  });

  it('shows a supervisor’s own card with its note', async () => {
    const zh = await translator('zh-CN');
    expect(describeEvent(supervised(3, manualCardClock, '请今天内联系居民'), zh, context)).toBe('黄牌：请今天内联系居民');
  });
});

describe('a reply in the case history', () => {
  it('reads its result and its answer as one sentence, the result’s own full stop not doubled by the line’s', async () => {
    const record = foldCase([registered]);
    if (!record) throw new Error('the registration folds to a case');
    const zh = await translator('zh-CN');
    const replied = {
      ...envelope(4, 4),
      type: 'case.replied',
      payload: { closureCode: 'solved', result: '已安排每日中午11点送达。', answer: '已解决，请放心。', justification: '' },
    } as CaseEvent;
    const line = describeEvent(replied, zh, { unitNames: new Map(), record, mainNumber: null });
    expect(line).toContain('已安排每日中午11点送达；答复：已解决，请放心。');
    expect(line).not.toMatch(/。；/);
  });
});

import { describe, expect, it } from 'vitest';
import { groupRequestsExport, heatExport, repeatCallersExport, trendsExport } from './decision-export';

const names = { committee: () => '绿地居委', category: () => '助餐', unit: () => '绿地居委会' };
const period = { from: '2026-11-01', to: '2026-11-30' };

describe('decision-support exports', () => {
  it('open with what they are, the period and the rule version, under Chinese headers', () => {
    const heat = heatExport({ buckets: [{ from: '2026-11-01', to: '2026-11-01' }, { from: '2026-11-02', to: '2026-11-08' }], rows: [{ committeeId: 'c', categoryId: 'k', counts: [1, 4], total: 5 }] }, names, period, 2);
    expect(heat.preamble).toEqual([['报表', '热点分布（居委 × 类别 × 时间）'], ['统计期间', '2026-11-01 至 2026-11-30'], ['考核规则版本', '2']]);
    expect(heat.header).toEqual(['居村委', '诉求类别', '2026-11-01', '2026-11-02~2026-11-08', '合计']);
    expect(heat.rows).toEqual([['绿地居委', '助餐', 1, 4, 5]]);
    const trends = trendsExport([{ from: '2026-11-01', to: '2026-11-01', cases: 3, response: 2 / 3, resolution: null, satisfaction: 1 }], period, 2);
    expect(trends.rows).toEqual([['2026-11-01', 3, '66.7%', '—', '100.0%']]);
  });
  it('lists each repeat caller and group request with its case numbers, times in Asia/Shanghai', () => {
    const calls = [
      { caseId: 'a', number: 'GH01-20261101-0001', registeredAt: '2026-11-01T01:00:00.000Z', committeeId: 'c' },
      { caseId: 'b', number: 'GH01-20261101-0002', registeredAt: '2026-11-01T17:30:00.000Z', committeeId: 'c' },
    ];
    const repeat = repeatCallersExport([{ phone: '138****8000', categoryId: 'k', calls }], names, period, 1, 7);
    expect(repeat.rows).toEqual([['138****8000', '助餐', '绿地居委', 2, '2026-11-01 09:00', '2026-11-02 01:30', 'GH01-20261101-0001、GH01-20261101-0002']]);
    const groups = groupRequestsExport([{ committeeId: 'c', categoryId: 'k', callers: 2, mainCaseId: 'b', calls }], names, period, 1);
    expect(groups.rows[0]?.slice(0, 5)).toEqual(['绿地居委', '助餐', 2, 2, 'GH01-20261101-0002']);
  });
});

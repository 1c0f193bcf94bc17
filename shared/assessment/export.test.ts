import { describe, expect, it } from 'vitest';
import { rankingTable, toCsv } from './export';
import { defaultAssessmentRule } from './rule';
import { rankUnits } from './score';
import { emptyFigures } from './figures';

describe('the ranking export', () => {
  const figures = { ...emptyFigures(), received: 4, responseDue: 4, responded: 3, evaluated: 2, resolved: 2, satisfied: 1, red: 1 };
  const units = rankUnits(new Map([['unit.zhucan', figures]]), defaultAssessmentRule);
  const table = rankingTable(units, () => '助餐服务中心', { kind: 'month', from: '2026-11-01', to: '2026-11-30' }, 3);

  it('names the period and the rule version, with Chinese headers and the three rates as percentages', () => {
    expect(table.preamble).toEqual([['考核期间', '2026-11-01 至 2026-11-30'], ['考核规则版本', '3']]);
    expect(table.header.slice(0, 9)).toEqual(['排名', '承办单位', '受理件数', '按时签收', '按时联系', '按时答复', '响应率', '解决率', '满意率']);
    // 100 × (0.3 × 0.75 + 0.35 × 1 + 0.35 × 0.5) = 75; a red card costs 2.
    expect(table.rows[0]).toEqual([1, '助餐服务中心', 4, 0, 0, 0, '75.0%', '100.0%', '50.0%', 0, 0, 0, 0, 0, 0, 1, '0.00', '2.00', '73.00', '']);
  });

  it('writes CSV a spreadsheet opens as UTF-8, quoting what needs it', () => {
    const csv = toCsv({ preamble: [], header: ['单位', '说明'], rows: [['绿地居委会', '含"引号",逗号']] });
    expect(csv).toBe('\uFEFF\r\n单位,说明\r\n绿地居委会,"含""引号"",逗号"\r\n');
  });
});

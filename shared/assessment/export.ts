import type { Period } from './period';
import type { RankedUnit } from './score';

/** A table as a town office files it: title lines (the period and the rule), Chinese headers, rows. */
export interface ExportTable {
  readonly preamble: readonly (readonly string[])[];
  readonly header: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

const percent = (rate: number | null): string => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);
const points = (n: number | null): string => (n === null ? '—' : n.toFixed(2));
const interviewNames = { red: '红牌超限', hasty: '敷衍办结超限', satisfaction: '满意率过低' } as const;

/** The ranking as the export files carry it; headers are Chinese whatever the seat's language. */
export function rankingTable(units: readonly RankedUnit[], unitName: (id: string) => string, period: Period, ruleVersion: number): ExportTable {
  return {
    preamble: [
      ['考核期间', `${period.from} 至 ${period.to}`],
      ['考核规则版本', String(ruleVersion)],
    ],
    header: ['排名', '承办单位', '受理件数', '按时签收', '按时联系', '按时答复', '响应率', '解决率', '满意率',
      '退单', '退单驳回', '延期', '重办', '敷衍办结', '黄牌', '红牌', '加分', '扣分', '综合得分', '约谈'],
    rows: units.map((u) => [
      u.rank ?? '—',
      unitName(u.unitId),
      u.figures.received,
      u.figures.acceptedOnTime,
      u.figures.contactedOnTime,
      u.figures.repliedOnTime,
      percent(u.rates.response),
      percent(u.rates.resolution),
      percent(u.rates.satisfaction),
      u.figures.returns,
      u.figures.returnsRejected,
      u.figures.extensions,
      u.figures.reopens,
      u.figures.hasty,
      u.figures.yellow,
      u.figures.red,
      points(u.score.bonus),
      points(u.score.deduction),
      points(u.score.total),
      u.interview.map((r) => interviewNames[r]).join('、'),
    ]),
  };
}

function csvCell(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV with a byte-order mark, so spreadsheet programs open the Chinese text as UTF-8. */
export function toCsv(table: ExportTable): string {
  const lines = [...table.preamble, [], table.header, ...table.rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

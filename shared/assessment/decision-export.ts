import type { ExportTable } from './export';
import type { Bucket } from './heat';
import type { Period } from './period';

const percent = (rate: number | null): string => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);
const bucketLabel = (b: Bucket): string => (b.from === b.to ? b.from : `${b.from}~${b.to}`);

/** The title lines every decision-support file opens with: what it is, its period, the rule in force. */
function preamble(title: string, period: Pick<Period, 'from' | 'to'>, ruleVersion: number): string[][] {
  return [['报表', title], ['统计期间', `${period.from} 至 ${period.to}`], ['考核规则版本', String(ruleVersion)]];
}

export interface Names {
  readonly committee: (id: string) => string;
  readonly category: (id: string) => string;
  readonly unit: (id: string) => string;
}

export function heatExport(
  heat: { buckets: readonly Bucket[]; rows: readonly { committeeId: string; categoryId: string; counts: readonly number[]; total: number }[] },
  names: Names,
  period: Pick<Period, 'from' | 'to'>,
  ruleVersion: number,
): ExportTable {
  return {
    preamble: preamble('热点分布（居委 × 类别 × 时间）', period, ruleVersion),
    header: ['居村委', '诉求类别', ...heat.buckets.map(bucketLabel), '合计'],
    rows: heat.rows.map((r) => [names.committee(r.committeeId), names.category(r.categoryId), ...r.counts, r.total]),
  };
}

export function trendsExport(
  points: readonly { from: string; to: string; cases: number; response: number | null; resolution: number | null; satisfaction: number | null }[],
  period: Pick<Period, 'from' | 'to'>,
  ruleVersion: number,
): ExportTable {
  return {
    preamble: preamble('趋势', period, ruleVersion),
    header: ['时段', '工单数', '响应率', '解决率', '满意率'],
    rows: points.map((p) => [bucketLabel(p), p.cases, percent(p.response), percent(p.resolution), percent(p.satisfaction)]),
  };
}

interface CallRow {
  readonly number: string;
  readonly registeredAt: string;
  readonly committeeId: string;
}

const shanghai = (iso: string): string => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

export function repeatCallersExport(
  callers: readonly { phone: string; categoryId: string; calls: readonly CallRow[] }[],
  names: Names,
  period: Pick<Period, 'from' | 'to'>,
  ruleVersion: number,
  windowDays: number,
): ExportTable {
  return {
    preamble: [...preamble('重复来电', period, ruleVersion), ['重复判定', `同一号码、同一类别，${windowDays} 日内再次来电`]],
    header: ['来电号码', '诉求类别', '居村委', '来电次数', '首次来电', '最近来电', '工单编号'],
    rows: callers.map((r) => [
      r.phone,
      names.category(r.categoryId),
      names.committee(r.calls.at(-1)!.committeeId),
      r.calls.length,
      shanghai(r.calls[0]!.registeredAt),
      shanghai(r.calls.at(-1)!.registeredAt),
      r.calls.map((c) => c.number).join('、'),
    ]),
  };
}

export function groupRequestsExport(
  groups: readonly { committeeId: string; categoryId: string; callers: number; mainCaseId: string; calls: readonly (CallRow & { caseId: string })[] }[],
  names: Names,
  period: Pick<Period, 'from' | 'to'>,
  ruleVersion: number,
): ExportTable {
  return {
    preamble: preamble('群体性诉求建议', period, ruleVersion),
    header: ['居村委', '诉求类别', '来电人数', '工单数', '主工单', '首次来电', '最近来电', '工单编号'],
    rows: groups.map((g) => [
      names.committee(g.committeeId),
      names.category(g.categoryId),
      g.callers,
      g.calls.length,
      g.calls.find((c) => c.caseId === g.mainCaseId)?.number ?? '',
      shanghai(g.calls[0]!.registeredAt),
      shanghai(g.calls.at(-1)!.registeredAt),
      g.calls.map((c) => c.number).join('、'),
    ]),
  };
}

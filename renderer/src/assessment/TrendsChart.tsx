import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/api/contract';

const pct = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 10);

/** Cases as bars on the left axis, the town's three rates as lines on the right: a bad week shows as a dip. */
export function TrendsChart({ points }: { points: MethodOutput<'assessment:trends'>['points'] }) {
  const { t } = useTranslation();
  const rows = points.map((p) => ({
    when: p.from === p.to ? p.from.slice(5) : `${p.from.slice(5)}~${p.to.slice(5)}`,
    [t('decision.cases')]: p.cases,
    [t('assessment.response')]: pct(p.response),
    [t('assessment.resolution')]: pct(p.resolution),
    [t('assessment.satisfaction')]: pct(p.satisfaction),
  }));
  return (
    <ResponsiveContainer width="100%" height={260}>
      <ComposedChart data={rows} aria-label={t('decision.trendsTitle')}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="when" fontSize={11} />
        <YAxis yAxisId="cases" fontSize={12} allowDecimals={false} />
        <YAxis yAxisId="rate" orientation="right" domain={[0, 100]} unit="%" fontSize={12} />
        <Tooltip />
        <Legend />
        <Bar yAxisId="cases" dataKey={t('decision.cases')} fill="#90a4ae" isAnimationActive={false} />
        <Line yAxisId="rate" dataKey={t('assessment.response')} stroke="#1565c0" dot={false} connectNulls isAnimationActive={false} />
        <Line yAxisId="rate" dataKey={t('assessment.resolution')} stroke="#2e7d32" dot={false} connectNulls isAnimationActive={false} />
        <Line yAxisId="rate" dataKey={t('assessment.satisfaction')} stroke="#ef6c00" dot={false} connectNulls isAnimationActive={false} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}

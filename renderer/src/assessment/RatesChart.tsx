import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { RankedUnitView } from '../../../shared/api/methods/assessment';

const pct = (r: number | null) => (r === null ? 0 : Math.round(r * 1000) / 10);

/** The three rates of every unit side by side: where a unit falls behind shows before any number is read. */
export function RatesChart({ units, unitName }: { units: readonly RankedUnitView[]; unitName: (id: string) => string }) {
  const { t } = useTranslation();
  const rows = units.map((u) => ({
    unit: unitName(u.unitId),
    [t('assessment.response')]: pct(u.rates.response),
    [t('assessment.resolution')]: pct(u.rates.resolution),
    [t('assessment.satisfaction')]: pct(u.rates.satisfaction),
  }));
  return (
    <ResponsiveContainer width="100%" height={260}>
      <BarChart data={rows}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="unit" fontSize={12} interval={0} angle={-40} textAnchor="end" height={70} />
        <YAxis domain={[0, 100]} unit="%" fontSize={12} />
        <Tooltip />
        <Legend />
        <Bar dataKey={t('assessment.response')} fill="#1565c0" isAnimationActive={false} />
        <Bar dataKey={t('assessment.resolution')} fill="#2e7d32" isAnimationActive={false} />
        <Bar dataKey={t('assessment.satisfaction')} fill="#ef6c00" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { RankedUnitView } from '../../../shared/api/methods/assessment';

/** The ranking as bars, best on top: how far apart the units are shows before any score is read. */
export function RankingChart({ units, unitName }: { units: readonly RankedUnitView[]; unitName: (id: string) => string }) {
  const { t } = useTranslation();
  const rows = units
    .filter((u) => u.score.total !== null)
    .map((u) => ({ unit: `${u.rank}. ${unitName(u.unitId)}`, [t('assessment.column.total')]: Math.round((u.score.total ?? 0) * 100) / 100 }));
  return (
    <ResponsiveContainer width="100%" height={Math.max(120, rows.length * 22 + 40)}>
      <BarChart data={rows} layout="vertical" margin={{ left: 24 }} aria-label={t('decision.rankingChart')}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" fontSize={12} />
        <YAxis type="category" dataKey="unit" width={150} fontSize={12} interval={0} />
        <Tooltip />
        <Bar dataKey={t('assessment.column.total')} fill="#5e35b1" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

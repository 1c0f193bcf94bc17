import { Bar, BarChart, CartesianGrid, Cell, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { WallData } from '../../../shared/api/methods/wall';
import { useNames } from '../app/session';
import { useBoxHeight } from './use-box-height';
import { wallColours } from './wall-theme';

const axis = { stroke: wallColours.muted, fontSize: 18 } as const;

/**
 * Bars across, each status named beside its bar and its count at the end: upright bars left room
 * under them for every other name only, so a reader across the room could not tell which was which.
 */
export function OpenByStatusChart({ data }: { data: WallData['openByStatus'] }) {
  const { t } = useTranslation();
  const rows = data.map((d) => ({ name: t(`status.${d.status}`), count: d.count }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={rows} layout="vertical" margin={{ right: 48 }}>
        <XAxis type="number" allowDecimals={false} hide />
        <YAxis type="category" dataKey="name" width={210} interval={0} {...axis} />
        <Bar dataKey="count" fill={wallColours.accent} isAnimationActive={false} label={{ position: 'right', fill: '#fff', fontSize: 18 }} />
      </BarChart>
    </ResponsiveContainer>
  );
}

export function TrendChart({ data }: { data: WallData['trend'] }) {
  const { t } = useTranslation();
  const rows = data.map((d) => ({ day: d.day.slice(5), [t('wall.intake')]: d.intake, [t('wall.replied')]: d.replied, [t('wall.late')]: d.late }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      {/* Room on the right for the last day's name, which the axis centres under the line's end. */}
      <LineChart data={rows} margin={{ right: 28 }}>
        <CartesianGrid stroke="#263238" />
        {/* Every day named: left to itself the axis drops one of seven where the panel is narrow. */}
        <XAxis dataKey="day" interval={0} {...axis} />
        <YAxis allowDecimals={false} {...axis} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 18 }} />
        <Line dataKey={t('wall.intake')} stroke={wallColours.accent} strokeWidth={3} isAnimationActive={false} />
        <Line dataKey={t('wall.replied')} stroke={wallColours.ok} strokeWidth={3} isAnimationActive={false} />
        <Line dataKey={t('wall.late')} stroke={wallColours.overdue} strokeWidth={3} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}

/** How a unit's on-time rate reads on the wall: below 80 % it is late, below 95 % it slips. */
const rateColour = (rate: number) => (rate < 80 ? wallColours.overdue : rate < 95 ? wallColours.warning : wallColours.ok);

/** A bar's height on the wall: its name and rate in 18 px type, with a gap, must not touch the next. */
const rankingRowPx = 30;
const rankingAxisPx = 36;

/**
 * On-time reply rate per unit, the lowest first: the wall is where a supervisor sees whom to chase,
 * and the eight best would all read 100 %. As many units as the panel holds with their names apart
 * (at most eight): on a 1366×768 wall eight names in a short panel were written over each other.
 */
export function UnitRankingChart({ data }: { data: WallData['unitRanking'] }) {
  const names = useNames();
  const [box, height] = useBoxHeight<HTMLDivElement>();
  const fits = Math.max(1, Math.min(8, Math.floor((height - rankingAxisPx) / rankingRowPx)));
  const rows = data.slice(0, fits).map((d) => ({ name: names.unit.get(d.unitId) ?? d.unitId, rate: Math.round((d.onTime / d.total) * 100) }));
  return (
    <Box ref={box} sx={{ height: '100%' }}>
      {height > 0 && (
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} layout="vertical" margin={{ right: 64 }}>
            <XAxis type="number" domain={[0, 100]} unit="%" {...axis} />
            <YAxis type="category" dataKey="name" width={150} interval={0} {...axis} />
            {/* A unit at 0 % keeps a sliver in its colour: the first unit to chase read as a name with no bar. */}
            <Bar dataKey="rate" isAnimationActive={false} minPointSize={4} label={{ position: 'right', fill: '#fff', fontSize: 18, formatter: (v: unknown) => `${String(v)}%` }}>
              {rows.map((r) => (
                <Cell key={r.name} fill={rateColour(r.rate)} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      )}
    </Box>
  );
}

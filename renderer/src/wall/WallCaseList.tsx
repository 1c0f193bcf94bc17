import { Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { WallCase } from '../../../shared/api/methods/wall';
import { kindOfClock } from '../../../shared/sla/case-clocks';
import { useNames } from '../app/session';
import { formatDuration } from '../sla/format-remaining';
import { useNow } from '../sla/screen-clock';
import { wallColours } from './wall-theme';

const cardMarks = ['', '🟨', '🟥'] as const;

/** Cases on the wall: number, (masked) caller, unit, clock and a live countdown. */
export function WallCaseList({ cases, colour }: { cases: readonly WallCase[]; colour: string }) {
  const { t } = useTranslation();
  const names = useNames();
  const now = useNow();
  if (cases.length === 0) return <Typography sx={{ color: wallColours.muted }}>{t('wall.none')}</Typography>;
  return (
    <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {cases.map((c) => (
        <Box
          component="li"
          key={`${c.caseId}|${c.clock}`}
          data-testid="wall-case"
          sx={{ display: 'grid', gridTemplateColumns: '1fr auto', gap: 1, py: 0.5, borderBottom: 1, borderColor: 'divider', fontSize: '1.2rem' }}
        >
          <span>
            {cardMarks[c.cardLevel] ?? ''} {c.number} · <span data-testid="wall-caller">{c.callerName || '—'}</span> ·{' '}
            {c.unitId ? (names.unit.get(c.unitId) ?? c.unitId) : t('sla.hotline')} · {t(`sla.clock.${kindOfClock(c.clock)}`)}
          </span>
          <Box component="span" sx={{ color: colour, fontVariantNumeric: 'tabular-nums' }}>
            {formatDuration(Date.parse(c.deadline) - now, t)}
          </Box>
        </Box>
      ))}
    </Box>
  );
}

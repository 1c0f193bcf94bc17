import { Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { WallCase } from '../../../shared/api/methods/wall';
import { kindOfClock } from '../../../shared/sla/case-clocks';
import { useNames } from '../app/session';
import { formatDuration } from '../sla/format-remaining';
import { useNow } from '../sla/screen-clock';
import { wallColours, wholeRows } from './wall-theme';

// Drawn, not typed: the 🟨/🟥 emoji render as empty boxes where no colour-emoji font is installed.
const cardMarks = [null, { key: 'yellow', colour: wallColours.warning }, { key: 'red', colour: wallColours.overdue }] as const;

function CardMark({ level }: { level: number }) {
  const { t } = useTranslation();
  const mark = cardMarks[level];
  if (!mark) return null;
  return (
    <Box
      component="span"
      role="img"
      aria-label={t(`cards.${mark.key}`)}
      title={t(`cards.${mark.key}`)}
      data-testid="wall-card-mark"
      data-card={mark.key}
      sx={{ display: 'inline-block', width: '0.8em', height: '1em', mr: 0.75, verticalAlign: '-0.1em', borderRadius: '2px', bgcolor: mark.colour }}
    />
  );
}

/** Cases on the wall: number, (masked) caller, unit, clock and a live countdown. */
export function WallCaseList({ cases, colour }: { cases: readonly WallCase[]; colour: string }) {
  const { t } = useTranslation();
  const names = useNames();
  const now = useNow();
  if (cases.length === 0) return <Typography sx={{ color: wallColours.muted }}>{t('wall.none')}</Typography>;
  return (
    <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, ...wholeRows }}>
      {cases.map((c) => (
        <Box
          component="li"
          key={`${c.caseId}|${c.clock}`}
          data-testid="wall-case"
          sx={{ display: 'grid', gridTemplateColumns: '1fr auto', gap: 1, py: 0.5, borderBottom: 1, borderColor: 'divider', fontSize: '1.2rem' }}
        >
          <span>
            <CardMark level={c.cardLevel} />
            {c.number} · <span data-testid="wall-caller">{c.callerName || '—'}</span> ·{' '}
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

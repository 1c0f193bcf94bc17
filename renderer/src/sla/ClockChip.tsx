import { Chip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ClockKind } from '../../../shared/sla/case-clocks';
import { readClock, type ClockStatus, type ClockTiming } from '../../../shared/sla/clock-view';
import { formatReading } from './format-remaining';
import { useNow } from './screen-clock';

export const statusColour = {
  ok: 'success',
  warning: 'warning',
  overdue: 'error',
  met: 'default',
  late: 'default',
} as const satisfies Record<ClockStatus, 'success' | 'warning' | 'error' | 'default'>;

/** A live countdown: which clock, and how long is left (or how late it is). */
export function ClockChip({ clock, kind }: { clock: ClockTiming; kind: ClockKind }) {
  const { t } = useTranslation();
  const reading = readClock(clock, new Date(useNow()));
  return (
    <Chip
      size="small"
      color={statusColour[reading.status]}
      variant={reading.status === 'ok' ? 'outlined' : 'filled'}
      label={`${t(`sla.clock.${kind}`)} ${formatReading(reading, t)}`}
      data-status={reading.status}
      data-testid="clock-chip"
    />
  );
}

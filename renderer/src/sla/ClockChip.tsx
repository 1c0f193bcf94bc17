import { Chip, type Theme } from '@mui/material';
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

/** Which clock, and how long is left (or how late it is), read on the screen's one clock. */
function useClockReading(clock: ClockTiming, kind: ClockKind): { status: ClockStatus; label: string } {
  const { t } = useTranslation();
  const reading = readClock(clock, new Date(useNow()));
  return { status: reading.status, label: `${t(`sla.clock.${kind}`)} ${formatReading(reading, t)}` };
}

/** A live countdown: which clock, and how long is left (or how late it is). */
export function ClockChip({ clock, kind }: { clock: ClockTiming; kind: ClockKind }) {
  const { status, label } = useClockReading(clock, kind);
  return (
    <Chip
      size="small"
      color={statusColour[status]}
      variant={status === 'ok' ? 'outlined' : 'filled'}
      label={label}
      data-status={status}
      data-testid="clock-chip"
    />
  );
}

const badgeClass = 'clock-badge';

/**
 * The same countdown as a plain element, for lists of thousands: a Chip per row was most of the
 * board's scrolling time. It looks like the small Chip; its style is `clockBadgeSx`, which the
 * list writes once.
 */
export function ClockBadge({ clock, kind }: { clock: ClockTiming; kind: ClockKind }) {
  const { status, label } = useClockReading(clock, kind);
  return (
    <span className={badgeClass} data-status={status} data-testid="clock-chip">
      {label}
    </span>
  );
}

/** A colour of `statusColour` as the Chip draws it: outlined while ok, filled otherwise. */
function badgeColours(status: ClockStatus) {
  const colour = statusColour[status];
  if (colour === 'default') return { bgcolor: 'action.selected', color: 'text.primary', borderColor: 'transparent' };
  if (status === 'ok') return { bgcolor: 'transparent', color: `${colour}.main`, borderColor: `${colour}.main` };
  return { bgcolor: `${colour}.main`, color: `${colour}.contrastText`, borderColor: 'transparent' };
}

/** The look of `ClockBadge`: the small Chip's, coloured by status as the Chip is. */
export const clockBadgeSx = {
  [`& .${badgeClass}`]: {
    display: 'inline-flex',
    alignItems: 'center',
    maxWidth: '100%',
    height: 24,
    px: 1,
    borderRadius: 3,
    border: 1,
    fontSize: (theme: Theme) => theme.typography.pxToRem(13),
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    boxSizing: 'border-box',
  },
  ...Object.fromEntries(
    (Object.keys(statusColour) as ClockStatus[]).map((status) => [`& .${badgeClass}[data-status="${status}"]`, badgeColours(status)]),
  ),
};

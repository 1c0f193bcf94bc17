import { Badge, Button, List, ListItemButton, ListItemText, Popover, Snackbar, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useHotkeys } from 'react-hotkeys-hook';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/api/contract';
import { readClock, type ClockStatus } from '../../../shared/sla/clock-view';
import { Kbd } from '../keyboard/Kbd';
import { shortcuts } from '../keyboard/shortcuts';
import { useFollowCoreTime, useNow } from './screen-clock';
import { useLiveCall } from '../live/use-live-call';

type AlertClock = MethodOutput<'sla:alerts'>['clocks'][number];
/** The core answers from an index; the horizon (10 min) is far longer than this. */
const reloadEveryMs = 15_000;
const keyOf = (c: AlertClock) => `${c.caseId}|${c.clock}|${c.startedAt}`;

/**
 * Tells the seat when one of its clocks turns to warning or overdue: a snackbar that never takes
 * the focus from what the operator is typing, and a list behind the bell (Alt+N).
 */
export function ClockAlerts({ onOpenCase }: { onOpenCase: (caseId: string) => void }) {
  const { t } = useTranslation();
  const now = useNow();
  const [toast, setToast] = useState<{ text: string; caseId: string } | null>(null);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const bell = useRef<HTMLButtonElement>(null);
  const seen = useRef<Map<string, ClockStatus> | null>(null);
  const live = useLiveCall('sla:alerts', {}, { caseIds: 'any', settleMs: 2000, everyMs: reloadEveryMs, whenIdle: true });
  const clocks: readonly AlertClock[] = live.data?.clocks ?? [];
  useFollowCoreTime(live.data?.now);

  const statuses = clocks.map((c) => ({ clock: c, status: readClock(c, new Date(now)).status }));
  useEffect(() => {
    // What is already alerting when the seat starts is listed, not announced.
    if (!live.data) return;
    const first = seen.current === null;
    const previous = seen.current ?? new Map<string, ClockStatus>();
    const next = new Map<string, ClockStatus>();
    for (const { clock, status } of statuses) {
      next.set(keyOf(clock), status);
      const before = previous.get(keyOf(clock)) ?? 'ok';
      if (!first && status !== before && (status === 'warning' || status === 'overdue')) {
        const text = t(`alerts.${status}`, { number: clock.number, clock: t(`sla.clock.${clock.kind}`) });
        setToast({ text, caseId: clock.caseId });
      }
    }
    seen.current = next;
  });

  useHotkeys(shortcuts.alerts.keys, () => setAnchor((a) => (a ? null : bell.current)), { enableOnFormTags: true, preventDefault: true });
  const alerting = statuses.filter((s) => s.status === 'warning' || s.status === 'overdue');

  return (
    <>
      <Button ref={bell} color="inherit" onClick={(e) => setAnchor(e.currentTarget)} data-testid="alerts-bell" sx={{ whiteSpace: 'nowrap' }}>
        <Badge badgeContent={alerting.length} color="error">
          {t('alerts.title')}
        </Badge>
        <Kbd>{shortcuts.alerts.label}</Kbd>
      </Button>
      <Popover open={anchor !== null} anchorEl={anchor} onClose={() => setAnchor(null)} anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}>
        <Typography variant="subtitle1" sx={{ px: 2, pt: 1 }}>
          {t('alerts.title')}
        </Typography>
        {alerting.length === 0 && <Typography sx={{ px: 2, pb: 1 }}>{t('alerts.empty')}</Typography>}
        <List dense sx={{ maxHeight: 400, overflow: 'auto', minWidth: 320 }}>
          {/* Built only while open: a town's 300 alerts, translated every second behind a closed bell, cost whole frames. */}
          {anchor !== null &&
            alerting.map(({ clock, status }) => (
              <ListItemButton
                key={keyOf(clock)}
                onClick={() => {
                  setAnchor(null);
                  onOpenCase(clock.caseId);
                }}
              >
                <ListItemText primary={t(`alerts.${status}`, { number: clock.number, clock: t(`sla.clock.${clock.kind}`) })} />
              </ListItemButton>
            ))}
        </List>
      </Popover>
      <Snackbar
        open={toast !== null}
        autoHideDuration={8000}
        onClose={(_e, reason) => reason !== 'clickaway' && setToast(null)}
        message={toast?.text}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        data-testid="clock-alert"
        action={
          <Button
            color="inherit"
            size="small"
            onClick={() => {
              if (toast) onOpenCase(toast.caseId);
              setToast(null);
            }}
          >
            {t('alerts.open')}
          </Button>
        }
      />
    </>
  );
}

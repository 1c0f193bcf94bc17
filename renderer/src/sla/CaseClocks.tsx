import { Alert, Box, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { readClock } from '../../../shared/sla/clock-view';
import { useNames } from '../app/session';
import { formatShanghaiDeadline, formatShanghaiTime } from '../cases/format-time';
import { ClockChip } from './ClockChip';
import { stretchEnd } from '../cases/custody-end';
import { useLiveCall } from '../live/use-live-call';
import { formatDuration, formatSpan } from './format-remaining';
import { useFollowCoreTime, useNow } from './screen-clock';

/**
 * Every clock of a case at once, live, and the responsibility ledger the time is charged by.
 * `endedAt` is when the last holder's part ended (holderDoneAt): its stretch ends there, not "now".
 */
export function CaseClocks({ caseId, endedAt }: { caseId: string; endedAt: string | null }) {
  const { t } = useTranslation();
  const names = useNames();
  const now = useNow();
  const live = useLiveCall('sla:caseClocks', { caseId }, { caseIds: [caseId] });
  const view = live.data;
  useFollowCoreTime(view?.now);

  if (live.error && !view) {
    return (
      <Alert severity="error" data-testid="case-clocks-error">
        {t('sla.clocks')}: {live.error}
      </Alert>
    );
  }
  if (!view) return <LinearProgress />;
  const unitName = (unitId: string | null) => (unitId === null ? t('sla.hotline') : (names.unit.get(unitId) ?? unitId));
  return (
    <Box component="section" aria-labelledby="case-clocks-title" data-testid="case-clocks">
      <Typography variant="h6" id="case-clocks-title">
        {t('sla.clocks')}{' '}
        <Typography component="span" variant="body2" color="text.secondary">
          {t('sla.policyVersion', { version: view.policyVersion })}
        </Typography>
      </Typography>
      {view.clocks.length === 0 ? (
        <Typography color="text.secondary">{t('sla.none')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('sla.column.clock')}</TableCell>
              <TableCell>{t('sla.column.unit')}</TableCell>
              <TableCell>{t('sla.column.startedAt')}</TableCell>
              <TableCell>{t('sla.column.deadline')}</TableCell>
              <TableCell>{t('sla.column.remaining')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {view.clocks.map((c) => (
              <TableRow key={`${c.clock}@${c.startedAt}`} data-testid="case-clock" data-clock={c.clock} data-status={readClock(c, new Date(now)).status}>
                <TableCell>{t(`sla.clock.${c.kind}`)}</TableCell>
                <TableCell>{unitName(c.unitId)}</TableCell>
                <TableCell>{formatShanghaiTime(c.startedAt)}</TableCell>
                <TableCell>{formatShanghaiDeadline(c.deadline)}</TableCell>
                <TableCell>
                  <ClockChip clock={c} kind={c.kind} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Typography variant="subtitle1" sx={{ mt: 1 }}>
        {t('sla.ledger')}
      </Typography>
      <Box component="ol" sx={{ m: 0, pl: 3 }} data-testid="custody-ledger">
        {view.custody.map((s) => {
          const to = stretchEnd(s, endedAt);
          return (
            <li key={s.from}>
              {unitName(s.unitId)} · {formatShanghaiTime(s.from)} – {to ? formatShanghaiTime(to) : t('sla.until')} ·{' '}
              {t('sla.held', { time: to ? formatSpan(Date.parse(to) - Date.parse(s.from), t) : formatDuration(now - Date.parse(s.from), t) })}
            </li>
          );
        })}
      </Box>
    </Box>
  );
}

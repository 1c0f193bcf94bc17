import { Box, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/api/contract';
import { readClock } from '../../../shared/sla/clock-view';
import { useApp, useNames } from '../app/session';
import { formatShanghaiTime } from '../cases/format-time';
import { ClockChip } from './ClockChip';
import { formatDuration } from './format-remaining';
import { useFollowCoreTime, useNow } from './screen-clock';

type CaseClocksView = MethodOutput<'sla:caseClocks'>;

/** Every clock of a case at once, live, and the responsibility ledger the time is charged by. */
export function CaseClocks({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { api } = useApp();
  const names = useNames();
  const follow = useFollowCoreTime();
  const now = useNow();
  const [view, setView] = useState<CaseClocksView | null>(null);

  const load = useCallback(() => {
    void api.call('sla:caseClocks', { caseId }).then((v) => {
      follow(v.now);
      setView(v);
    });
  }, [api, caseId, follow]);
  useEffect(() => {
    load();
    return api.on('cases:changed', ({ ids }) => ids.includes(caseId) && load());
  }, [api, caseId, load]);

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
                <TableCell>{formatShanghaiTime(c.deadline)}</TableCell>
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
        {view.custody.map((s) => (
          <li key={s.from}>
            {unitName(s.unitId)} · {formatShanghaiTime(s.from)} – {s.to ? formatShanghaiTime(s.to) : t('sla.until')} ·{' '}
            {t('sla.held', { time: formatDuration((s.to ? Date.parse(s.to) : now) - Date.parse(s.from), t) })}
          </li>
        ))}
      </Box>
    </Box>
  );
}

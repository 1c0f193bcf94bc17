import { Fragment, memo } from 'react';
import { Box, Chip, LinearProgress, List, ListItem, ListItemText, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/api/contract';
import { settledStatuses } from '../../../shared/intake/duplicates';
import { useNames } from '../app/session';
import { formatShanghaiTime } from '../cases/format-time';

/** How much of an earlier call's text the history shows: enough to recognise it, marked when cut. */
const snippetLength = 40;

export type CallerHistory = MethodOutput<'intake:callerHistory'>;
const settled: ReadonlySet<string> = new Set(settledStatuses);

/** The caller's previous cases, open ones highlighted, shown as soon as the number is valid. */
export const CallerHistoryPanel = memo(function CallerHistoryPanel({ history, loading }: { history: CallerHistory | null; loading: boolean }) {
  const { t } = useTranslation();
  const names = useNames();
  return (
    <Paper variant="outlined" sx={{ p: 1.5, minHeight: 120 }} component="aside" aria-label={t('intakeKeys.historyTitle')} data-testid="caller-history">
      <Typography variant="subtitle2">{t('intakeKeys.historyTitle')}</Typography>
      <Box sx={{ height: 4 }}>{loading && <LinearProgress aria-label={t('intakeKeys.historyLoading')} />}</Box>
      {history && (
        <>
          {/* A count never breaks inside itself (近30天来电 1 | 次), only between the counts. */}
          <Typography variant="body2" color="text.secondary" data-testid="history-counts" sx={{ '& span': { whiteSpace: 'nowrap' } }}>
            {history.display} ·{' '}
            {history.cases.length === 0
              ? t('intakeKeys.historyNone')
              : [
                  t('intakeKeys.historyCases', { count: history.cases.length }),
                  t('intakeKeys.historyOpen', { count: history.openCount }),
                  t('intakeKeys.historyRecent', { count: history.callsLast30Days }),
                ].map((count, i) => (
                  <Fragment key={i}>
                    {i > 0 && ' · '}
                    <span>{count}</span>
                  </Fragment>
                ))}
          </Typography>
          <List dense disablePadding sx={{ maxHeight: 260, overflow: 'auto' }}>
            {history.cases.map((c) => {
              const open = !settled.has(c.status);
              return (
                <ListItem key={c.id} disableGutters data-testid={open ? 'history-open-case' : 'history-case'} sx={open ? { bgcolor: 'warning.light', px: 0.5, borderRadius: 1 } : { px: 0.5 }}>
                  <ListItemText
                    primary={
                      <>
                        <Box component="span" sx={{ fontFamily: 'monospace', mr: 1 }}>
                          {c.number}
                        </Box>
                        <Chip size="small" label={t(`status.${c.status}`)} color={open ? 'warning' : 'default'} />
                      </>
                    }
                    secondary={[
                      formatShanghaiTime(c.registeredAt),
                      // An emergency transfer filed before a category was chosen has none.
                      c.categoryId === '' ? null : (names.category.get(c.categoryId) ?? c.categoryId),
                      c.callerName || t('intakeKeys.anonymous'),
                      [...c.description].length > snippetLength ? `${[...c.description].slice(0, snippetLength).join('')}…` : c.description,
                    ]
                      .filter((part) => part !== null)
                      .join(' · ')}
                  />
                </ListItem>
              );
            })}
          </List>
        </>
      )}
    </Paper>
  );
});

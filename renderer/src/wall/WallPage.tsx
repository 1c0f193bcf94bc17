import { Box, Button, Chip, CssBaseline, ThemeProvider, Typography } from '@mui/material';
import { useState } from 'react';
import { useHotkeys } from 'react-hotkeys-hook';
import { useTranslation } from 'react-i18next';
import { useApp, useNames } from '../app/session';
import { formatShanghaiTime } from '../cases/format-time';
import { useLanguageToggle } from '../i18n/language-toggle';
import { Kbd } from '../keyboard/Kbd';
import { shortcuts } from '../keyboard/shortcuts';
import { useFollowCoreTime } from '../sla/screen-clock';
import { LiveStatus } from '../live/LiveStatus';
import { useLiveCall } from '../live/use-live-call';
import { OpenByStatusChart, TrendChart, UnitRankingChart } from './WallCharts';
import { WallCaseList } from './WallCaseList';
import { WallFigure, WallPanel } from './WallFigure';
import { wallColours, wallTheme, wholeRows } from './wall-theme';

/** Polled this often even when nothing is pushed, so the wall is never more than 15 s behind. */
const refreshEveryMs = 10_000;

/**
 * The supervisor's wall display: the whole town at a glance, callers masked unless privacy is
 * turned off. `onLeave` is the way back to the console when the wall replaced it in a browser tab;
 * a wall window of its own (Electron) has nothing to go back to and passes none.
 */
export function WallPage({ onLeave }: { onLeave?: () => void }) {
  const { t } = useTranslation();
  const names = useNames();
  const [privacy, setPrivacy] = useState(true);
  useHotkeys(shortcuts.privacy.keys, () => setPrivacy((p) => !p), { preventDefault: true });
  useHotkeys(shortcuts.leaveWall.keys, () => onLeave?.(), { enabled: onLeave !== undefined, preventDefault: true });
  // The wall has no app bar, so Alt+L is bound here: "everywhere" includes the wall.
  useLanguageToggle(useApp().api);

  const live = useLiveCall('wall:get', { privacy }, { caseIds: 'any', settleMs: 1000, everyMs: refreshEveryMs });
  const data = live.data;
  useFollowCoreTime(data?.now);

  const open = data?.openByStatus.reduce((sum, s) => sum + s.count, 0) ?? 0;
  return (
    <ThemeProvider theme={wallTheme}>
      <CssBaseline />
      <Box sx={{ height: '100vh', display: 'flex', flexDirection: 'column', p: 2, gap: 2, bgcolor: 'background.default' }} data-testid="wall">
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
          <Typography sx={{ fontSize: '2.2rem', fontWeight: 700 }}>{t('wall.title')}</Typography>
          <Chip
            label={t(privacy ? 'wall.privacyOn' : 'wall.privacyOff')}
            color={privacy ? 'success' : 'warning'}
            onClick={() => setPrivacy((p) => !p)}
            data-testid="wall-privacy"
            sx={{ fontSize: '1.1rem' }}
          />
          <Kbd>{shortcuts.privacy.label}</Kbd>
          <Box sx={{ flex: 1 }} />
          {data && live.error && <Chip color="error" label={live.error} data-testid="wall-error" />}
          {data && <Typography sx={{ color: wallColours.muted }}>{t('wall.updated', { time: formatShanghaiTime(data.now) })}</Typography>}
          {onLeave && (
            <Button color="inherit" onClick={onLeave} data-testid="wall-leave" sx={{ color: wallColours.muted }}>
              {t('wall.leave')}
              <Kbd>{shortcuts.leaveWall.label}</Kbd>
            </Button>
          )}
        </Box>
        {!data ? (
          <LiveStatus live={live} />
        ) : (
          <>
            <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(5, 1fr)', gap: 2 }}>
              <WallFigure label={t('wall.todayIntake')} value={data.todayIntake} colour={wallColours.accent} testId="wall-intake" />
              <WallFigure label={t('wall.open')} value={open} colour="#fff" testId="wall-open" />
              <WallFigure label={t('wall.breachingSoon')} value={data.breachingSoonCount} colour={wallColours.warning} testId="wall-soon" />
              <WallFigure label={t('wall.overdue')} value={data.overdueCount} colour={wallColours.overdue} testId="wall-overdue" />
              <WallFigure label={t('wall.cards')} value={data.cardsTodayCount} colour={wallColours.overdue} testId="wall-cards" />
            </Box>
            <Box sx={{ flex: 1, minHeight: 0, display: 'grid', gridTemplateColumns: '1.3fr 1.3fr 1fr', gridTemplateRows: '1fr 1fr', gap: 2 }}>
              <WallPanel title={t('wall.breachingSoon')} testId="wall-soon-list">
                <WallCaseList cases={data.breachingSoon} colour={wallColours.warning} />
              </WallPanel>
              <WallPanel title={t('wall.overdue')} testId="wall-overdue-list">
                <WallCaseList cases={data.overdue} colour={wallColours.overdue} />
              </WallPanel>
              <WallPanel title={t('wall.forecast')} testId="wall-forecast">
                <Box sx={wholeRows}>
                  {data.forecast.length === 0 && <Typography sx={{ color: wallColours.muted }}>{t('wall.none')}</Typography>}
                  {data.forecast.map((f) => (
                    <Typography key={f.unitId} sx={{ fontSize: '1.3rem' }}>
                      {names.unit.get(f.unitId) ?? f.unitId}：<b style={{ color: wallColours.warning }}>{t('wall.forecastItem', { count: f.count })}</b>
                    </Typography>
                  ))}
                  <Typography sx={{ fontSize: '1.5rem', fontWeight: 600, mt: 2 }}>{t('wall.hotspots')}</Typography>
                  {data.hotspots.slice(0, 6).map((h) => (
                    <Typography key={`${h.committeeId}|${h.categoryId}`} sx={{ fontSize: '1.2rem' }}>
                      {names.committee.get(h.committeeId) ?? h.committeeId} × {names.category.get(h.categoryId) ?? h.categoryId}：{h.count}
                    </Typography>
                  ))}
                </Box>
              </WallPanel>
              <WallPanel title={t('wall.open')} testId="wall-open-chart">
                <OpenByStatusChart data={data.openByStatus} />
              </WallPanel>
              <WallPanel title={t('wall.trend')} testId="wall-trend-chart">
                <TrendChart data={data.trend} />
              </WallPanel>
              <WallPanel title={t('wall.ranking')} testId="wall-ranking-chart">
                <UnitRankingChart data={data.unitRanking} />
              </WallPanel>
            </Box>
          </>
        )}
      </Box>
    </ThemeProvider>
  );
}

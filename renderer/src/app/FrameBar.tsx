import { AppBar, Box, Button, Chip, Toolbar, Typography } from '@mui/material';
import { memo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { Kbd } from '../keyboard/Kbd';
import { shortcuts } from '../keyboard/shortcuts';
import { ClockAlerts } from '../sla/ClockAlerts';
import { SyncChip } from '../sync/SyncChip';
import { useApp } from './session';
import { views, type ViewName } from './views';

/**
 * The frame's bar and navigation. Memoised with stable props: opening or closing a case changes
 * the route, and drew every button of the bar again on that key.
 */
export const FrameBar = memo(function FrameBar({
  mine,
  view,
  linkUp,
  open,
  openCase,
  openCommands,
  showShortcuts,
}: {
  mine: readonly ViewName[];
  view: ViewName;
  linkUp: boolean;
  open: (view: ViewName) => void;
  openCase: (caseId: string) => void;
  openCommands: RefObject<() => void>;
  showShortcuts: () => void;
}) {
  const { t } = useTranslation();
  const { api, session, reference, logout } = useApp();
  return (
    <AppBar position="static" elevation={1} sx={{ '& .MuiButton-root': { whiteSpace: 'nowrap' } }}>
      {/* In English the bar is full at 1280 px: the user's line gives way (ellipsis, full text on hover), never overlaps the keys. */}
      <Toolbar variant="dense" sx={{ gap: 1, '& > *': { flexShrink: 0 } }}>
        <Typography variant="h6" component="div" sx={{ whiteSpace: 'nowrap' }}>
          {t('app.name')}
        </Typography>
        {reference.town.demo && <Chip label={`${reference.town.name} · ${t('app.demo')}`} color="warning" size="small" />}
        <Box sx={{ flexGrow: 1 }} />
        {!linkUp && <Chip label={t('errors.network')} color="error" size="small" />}
        {/* Cut off from its core, the page cannot know the seat's link to the hub: no stale 在线 beside the warning. */}
        {linkUp && <SyncChip onOpen={mine.includes('sync') ? () => open('sync') : null} />}
        <ClockAlerts onOpenCase={openCase} />
        <Typography
          variant="body2"
          data-testid="current-user"
          title={`${session.user.displayName} · ${t(`role.${session.user.role}`)} · ${reference.town.seatCode}`}
          sx={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', minWidth: 48, flexShrink: '1 !important' }}
        >
          {session.user.displayName} · {t(`role.${session.user.role}`)} · {reference.town.seatCode}
        </Typography>
        <Button color="inherit" onClick={() => openCommands.current()}>
          {t('commandBar.title')}
          <Kbd>{shortcuts.commandBar.label}</Kbd>
        </Button>
        <LanguageSwitch api={api} />
        <Button color="inherit" onClick={showShortcuts}>
          {t('shortcuts.title')}
          <Kbd>{shortcuts.help.label}</Kbd>
        </Button>
        <Button color="inherit" onClick={logout}>
          {t('nav.logout')}
        </Button>
      </Toolbar>
      <Toolbar variant="dense" component="nav" sx={{ gap: 0.5, minHeight: 40, bgcolor: 'rgba(0, 0, 0, 0.12)', flexWrap: 'wrap' }}>
        {mine.map((v) => {
          const key = views[v].shortcut;
          return (
            <Button key={v} color="inherit" size="small" onClick={() => open(v)} aria-current={view === v ? 'page' : undefined}
              sx={view === v ? { bgcolor: 'rgba(255, 255, 255, 0.18)' } : undefined}>
              {t(views[v].label)}
              {key && <Kbd>{shortcuts[key].label}</Kbd>}
            </Button>
          );
        })}
      </Toolbar>
    </AppBar>
  );
});

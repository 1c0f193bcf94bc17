import { AppBar, Box, Button, Chip, Toolbar, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useHotkeys } from 'react-hotkeys-hook';
import { useTranslation } from 'react-i18next';
import { CaseListPage } from '../cases/CaseListPage';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { IntakePage } from '../intake/IntakePage';
import { Kbd } from '../keyboard/Kbd';
import { ShortcutsDialog } from '../keyboard/ShortcutsDialog';
import { shortcuts } from '../keyboard/shortcuts';
import { CalendarWarningBanner } from '../sla/CalendarWarning';
import { ClockAlerts } from '../sla/ClockAlerts';
import { ScreenClockProvider } from '../sla/screen-clock';
import { maySee } from '../sla/sla-views';
import { SlaNav } from '../sla/SlaNav';
import { SlaPage } from '../sla/SlaPage';
import { WallPage } from '../wall/WallPage';
import { isSlaView, useRoute } from './route';
import { useApp } from './session';

/** The seat's frame: only views that work are in the navigation, each with its key. */
export function AppFrame({ linkUp }: { linkUp: boolean }) {
  const { t } = useTranslation();
  const { api, session, reference, logout } = useApp();
  const [route, go] = useRoute();
  const [helpOpen, setHelpOpen] = useState(false);
  const mayFile = session.user.role !== 'handler';
  const hotkeyOptions = { enableOnFormTags: true, preventDefault: true } as const;
  useHotkeys(shortcuts.newCase.keys, () => mayFile && go({ view: 'intake' }), hotkeyOptions);
  useHotkeys(shortcuts.caseList.keys, () => go({ view: 'cases', caseId: null }), hotkeyOptions);
  useHotkeys(shortcuts.help.keys, () => setHelpOpen(true), { preventDefault: true });
  useEffect(
    () =>
      window.lianxin?.onCommand?.((command) => {
        if (command === 'case:new' && mayFile) go({ view: 'intake' });
        if (command === 'case:list') go({ view: 'cases', caseId: null });
        if (command === 'help:shortcuts') setHelpOpen(true);
      }),
    [go, mayFile],
  );
  const wanted = route.view === 'intake' && !mayFile ? 'cases' : route.view;
  const view = isSlaView(wanted) && !maySee(session.user.role, wanted) ? 'cases' : wanted;
  const openCase = (caseId: string) => go({ view: 'cases', caseId });

  if (view === 'wall') {
    return (
      <ScreenClockProvider>
        <WallPage />
      </ScreenClockProvider>
    );
  }
  return (
    <ScreenClockProvider>
      <Box sx={{ display: 'flex', flexDirection: 'column', height: '100vh' }}>
        <AppBar position="static" elevation={1}>
          <Toolbar variant="dense" sx={{ gap: 1 }}>
            <Typography variant="h6" component="div" sx={{ mr: 1 }}>
              {t('app.name')}
            </Typography>
            {reference.town.demo && <Chip label={`${reference.town.name} · ${t('app.demo')}`} color="warning" size="small" />}
            <Box component="nav" sx={{ display: 'flex', gap: 0.5, ml: 2 }}>
              {mayFile && (
                <Button color="inherit" onClick={() => go({ view: 'intake' })} aria-current={view === 'intake' ? 'page' : undefined}>
                  {t('nav.intake')}
                  <Kbd>{shortcuts.newCase.label}</Kbd>
                </Button>
              )}
              <Button
                color="inherit"
                onClick={() => go({ view: 'cases', caseId: null })}
                aria-current={view === 'cases' ? 'page' : undefined}
              >
                {t('nav.cases')}
                <Kbd>{shortcuts.caseList.label}</Kbd>
              </Button>
              <SlaNav current={view} go={go} />
            </Box>
            <Box sx={{ flexGrow: 1 }} />
            {!linkUp && <Chip label={t('errors.network')} color="error" size="small" />}
            <ClockAlerts onOpenCase={openCase} />
            <Typography variant="body2" data-testid="current-user">
              {session.user.displayName} · {t(`role.${session.user.role}`)} · {reference.town.seatCode}
            </Typography>
            <LanguageSwitch api={api} />
            <Button color="inherit" onClick={() => setHelpOpen(true)}>
              {t('shortcuts.title')}
              <Kbd>{shortcuts.help.label}</Kbd>
            </Button>
            <Button color="inherit" onClick={logout}>
              {t('nav.logout')}
            </Button>
          </Toolbar>
        </AppBar>
        <CalendarWarningBanner />
        <Box component="main" sx={{ flexGrow: 1, overflow: 'auto', p: 2 }}>
          {isSlaView(view) ? (
            <SlaPage view={view} />
          ) : view === 'intake' ? (
            <IntakePage />
          ) : (
            <CaseListPage
              openCaseId={route.view === 'cases' ? route.caseId : null}
              onOpen={(caseId) => go({ view: 'cases', caseId })}
            />
          )}
        </Box>
        <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      </Box>
    </ScreenClockProvider>
  );
}

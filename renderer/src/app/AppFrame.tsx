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
import { CallbackQueuePage } from '../callback/CallbackQueuePage';
import { UnitQueuePage } from '../handler/UnitQueuePage';
import { SupervisorInboxPage } from '../supervisor/SupervisorInboxPage';
import { useRoute, type Route } from './route';
import { routeTo, views, viewsByRole, type ViewName } from './views';
import { useApp } from './session';

/** The seat's frame: only views that work are in the navigation, each with its key. */
export function AppFrame({ linkUp }: { linkUp: boolean }) {
  const { t } = useTranslation();
  const { api, session, reference, logout } = useApp();
  const [route, go] = useRoute();
  const [helpOpen, setHelpOpen] = useState(false);
  const mine: readonly ViewName[] = viewsByRole[session.user.role];
  const open = (view: ViewName) => mine.includes(view) && go(routeTo(view));
  const hotkeyOptions = { enableOnFormTags: true, preventDefault: true } as const;
  useHotkeys(shortcuts.newCase.keys, () => open('intake'), hotkeyOptions);
  useHotkeys(shortcuts.caseList.keys, () => open('cases'), hotkeyOptions);
  useHotkeys(shortcuts.unitQueue.keys, () => open('queue'), hotkeyOptions);
  useHotkeys(shortcuts.inbox.keys, () => open('inbox'), hotkeyOptions);
  useHotkeys(shortcuts.callbacks.keys, () => open('callbacks'), hotkeyOptions);
  useHotkeys(shortcuts.help.keys, () => setHelpOpen(true), { preventDefault: true });
  useEffect(
    () =>
      api.on('shell:command', ({ command }) => {
        if (command === 'case:new') open('intake');
        if (command === 'case:list') open('cases');
        if (command === 'help:shortcuts') setHelpOpen(true);
      }),
    [api, open],
  );
  // No view chosen, or one this role does not work in (another user's bookmark): the role's own first view.
  const current: Route = route && mine.includes(route.view) ? route : routeTo(mine[0] ?? 'cases');
  const caseId = current.view === 'intake' ? null : current.caseId;
  const openCase = (id: string | null) => current.view !== 'intake' && go({ view: current.view, caseId: id });

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100vh' }}>
      <AppBar position="static" elevation={1}>
        <Toolbar variant="dense" sx={{ gap: 1 }}>
          <Typography variant="h6" component="div" sx={{ mr: 1 }}>
            {t('app.name')}
          </Typography>
          {reference.town.demo && <Chip label={`${reference.town.name} · ${t('app.demo')}`} color="warning" size="small" />}
          <Box component="nav" sx={{ display: 'flex', gap: 0.5, ml: 2 }}>
            {mine.map((v) => (
              <Button key={v} color="inherit" onClick={() => open(v)} aria-current={current.view === v ? 'page' : undefined}>
                {t(views[v].label)}
                <Kbd>{shortcuts[views[v].shortcut].label}</Kbd>
              </Button>
            ))}
          </Box>
          <Box sx={{ flexGrow: 1 }} />
          {!linkUp && <Chip label={t('errors.network')} color="error" size="small" />}
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
      <Box component="main" sx={{ flexGrow: 1, overflow: 'auto', p: 2 }}>
        {current.view === 'intake' ? (
          <IntakePage />
        ) : current.view === 'queue' ? (
          <UnitQueuePage openCaseId={caseId} onOpen={openCase} />
        ) : current.view === 'inbox' ? (
          <SupervisorInboxPage openCaseId={caseId} onOpen={openCase} />
        ) : current.view === 'callbacks' ? (
          <CallbackQueuePage openCaseId={caseId} onOpen={openCase} />
        ) : (
          <CaseListPage openCaseId={caseId} onOpen={openCase} />
        )}
      </Box>
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </Box>
  );
}

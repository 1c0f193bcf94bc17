import { AppBar, Box, Button, Chip, Toolbar, Typography } from '@mui/material';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useHotkeys } from 'react-hotkeys-hook';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { IntakePage } from '../intake/IntakePage';
import { Kbd } from '../keyboard/Kbd';
import { ShortcutsDialog } from '../keyboard/ShortcutsDialog';
import { shortcuts } from '../keyboard/shortcuts';
import { CalendarWarningBanner } from '../sla/CalendarWarning';
import { ClockAlerts } from '../sla/ClockAlerts';
import { ScreenClockProvider } from '../sla/screen-clock';
import { SyncChip } from '../sync/SyncChip';
import { callBoardHeadEarly } from '../board/board-head';
import { CommandBarHost } from './CommandBarHost';
import {
  AssessmentPage,
  CallbackQueuePage,
  CaseListPage,
  KnowledgeAdminPage,
  LazyPage,
  preloadViews,
  SearchPage,
  SlaPage,
  SupervisorInboxPage,
  SyncSettingsPage,
  SynonymAdminPage,
  UserAdminPage,
  TownSetupPage,
  UnitQueuePage,
  WallPage,
} from './lazy-pages';
import { useRoute, type Route } from './route';
import { useApp } from './session';
import { useStableCallback } from './use-stable-callback';
import { routeTo, views, viewsOf, workListOf, type ViewName } from './views';

/**
 * `/` (command bar) and `?` (shortcuts) are characters a person types into a field: there they
 * stay text. Chords (Ctrl+K) and function keys (F1) work everywhere.
 */
const typedInField = (e: KeyboardEvent) =>
  e.key.length === 1 &&
  !e.ctrlKey &&
  !e.metaKey &&
  !e.altKey &&
  e.target instanceof HTMLElement &&
  (e.target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(e.target.tagName));

/** The seat's frame: only the views this role works in are in the navigation, each with its key. */
export function AppFrame({ linkUp }: { linkUp: boolean }) {
  const { t } = useTranslation();
  const { api, session, reference, logout } = useApp();
  const [route, setRoute] = useRoute();
  const [helpOpen, setHelpOpen] = useState(false);
  const openCommands = useRef(() => {});
  const mine = viewsOf(session.user.role);
  // No view chosen, or one this role does not work in (another user's bookmark): the role's own first view.
  const current: Route = route && mine.includes(route.view) ? route : routeTo(mine[0] ?? 'cases');
  const go = (next: Route) => {
    if (!mine.includes(next.view)) return;
    if (next.view === 'board' && current.view !== 'board') callBoardHeadEarly(api);
    setRoute(next);
  };
  const commandGo = useStableCallback(go);
  const showShortcuts = useCallback(() => setHelpOpen(true), []);
  const open = (view: ViewName) => go(routeTo(view));
  const hotkeyOptions = { enableOnFormTags: true, preventDefault: true } as const;
  useHotkeys(shortcuts.newCase.keys, () => open('intake'), hotkeyOptions);
  useHotkeys(shortcuts.caseList.keys, () => open('cases'), hotkeyOptions);
  useHotkeys(shortcuts.search.keys, () => open('search'), hotkeyOptions);
  useHotkeys(shortcuts.unitQueue.keys, () => open(workListOf(mine)), hotkeyOptions);
  useHotkeys(shortcuts.inbox.keys, () => open('inbox'), hotkeyOptions);
  useHotkeys(shortcuts.callbacks.keys, () => open('callbacks'), hotkeyOptions);
  useHotkeys(shortcuts.cards.keys, () => open('cards'), hotkeyOptions);
  useHotkeys(shortcuts.assessment.keys, () => open('assessment'), hotkeyOptions);
  // In Electron the main process owns the wall key: it opens the wall in a window of its own.
  useHotkeys(shortcuts.wall.keys, () => window.lianxin === undefined && open('wall'), hotkeyOptions);
  useHotkeys(shortcuts.commandBar.keys, () => openCommands.current(), { ...hotkeyOptions, ignoreEventWhen: typedInField });
  useHotkeys(shortcuts.help.keys, () => setHelpOpen(true), { ...hotkeyOptions, ignoreEventWhen: typedInField });
  useHotkeys(shortcuts.syncSettings.keys, () => open('sync'), hotkeyOptions);
  useEffect(
    () =>
      api.on('shell:command', ({ command }) => {
        if (command === 'case:new') open('intake');
        if (command === 'case:list') open('cases');
        if (command === 'help:shortcuts') setHelpOpen(true);
      }),
    [api, open],
  );
  useEffect(() => preloadViews(mine, workListOf(mine)), [session.user.role]);
  const caseId = 'caseId' in current ? current.caseId : null;
  const openCase = (id: string | null) => 'caseId' in current && go({ view: current.view, caseId: id });

  if (current.view === 'wall') {
    return (
      <ScreenClockProvider>
        {/* A wall window of its own (Electron) stays up; a browser tab goes back to the seat's work view. */}
        <LazyPage>
          <WallPage onLeave={window.lianxin === undefined ? () => open(mine.find((v) => v !== 'wall') ?? 'cases') : undefined} />
        </LazyPage>
      </ScreenClockProvider>
    );
  }
  return (
    <ScreenClockProvider>
      <Box sx={{ display: 'flex', flexDirection: 'column', height: '100vh' }}>
        <AppBar position="static" elevation={1} sx={{ '& .MuiButton-root': { whiteSpace: 'nowrap' } }}>
          {/* In English the bar is full at 1280 px: the user's line gives way (ellipsis, full text on hover), never overlaps the keys. */}
          <Toolbar variant="dense" sx={{ gap: 1, '& > *': { flexShrink: 0 } }}>
            <Typography variant="h6" component="div" sx={{ whiteSpace: 'nowrap' }}>
              {t('app.name')}
            </Typography>
            {reference.town.demo && <Chip label={`${reference.town.name} · ${t('app.demo')}`} color="warning" size="small" />}
            <Box sx={{ flexGrow: 1 }} />
            {!linkUp && <Chip label={t('errors.network')} color="error" size="small" />}
            <SyncChip onOpen={mine.includes('sync') ? () => open('sync') : null} />
            <ClockAlerts onOpenCase={(id) => go({ view: 'cases', caseId: id })} />
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
            <Button color="inherit" onClick={() => setHelpOpen(true)}>
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
                <Button key={v} color="inherit" size="small" onClick={() => open(v)} aria-current={current.view === v ? 'page' : undefined}
                  sx={current.view === v ? { bgcolor: 'rgba(255, 255, 255, 0.18)' } : undefined}>
                  {t(views[v].label)}
                  {key && <Kbd>{shortcuts[key].label}</Kbd>}
                </Button>
              );
            })}
          </Toolbar>
        </AppBar>
        <CalendarWarningBanner />
        <Box component="main" sx={{ flexGrow: 1, overflow: 'auto', p: 2 }}>
          <LazyPage>
            {current.view === 'intake' ? (
              <IntakePage />
            ) : current.view === 'search' ? (
              <SearchPage key={current.query} initialQuery={current.query} />
            ) : current.view === 'assessment' ? (
              <AssessmentPage />
            ) : current.view === 'knowledge' ? (
              <KnowledgeAdminPage />
            ) : current.view === 'synonyms' ? (
              <SynonymAdminPage />
            ) : current.view === 'users' ? (
              <UserAdminPage />
            ) : current.view === 'townSetup' ? (
              <TownSetupPage />
            ) : current.view === 'sync' ? (
              <SyncSettingsPage />
            ) : current.view === 'board' || current.view === 'cards' || current.view === 'slaAdmin' ? (
              <SlaPage view={current.view} />
            ) : current.view === 'queue' ? (
              <UnitQueuePage openCaseId={caseId} onOpen={openCase} />
            ) : current.view === 'inbox' ? (
              <SupervisorInboxPage openCaseId={caseId} onOpen={openCase} />
            ) : current.view === 'callbacks' ? (
              <CallbackQueuePage openCaseId={caseId} onOpen={openCase} />
            ) : (
              <CaseListPage openCaseId={caseId} onOpen={openCase} />
            )}
          </LazyPage>
        </Box>
        <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} role={session.user.role} />
        <CommandBarHost opener={openCommands} go={commandGo} showShortcuts={showShortcuts} />
      </Box>
    </ScreenClockProvider>
  );
}

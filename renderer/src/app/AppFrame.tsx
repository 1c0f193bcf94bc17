import { Box } from '@mui/material';
import { memo, Suspense, useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useHotkeys } from 'react-hotkeys-hook';
import { IntakePage } from '../intake/IntakePage';
import { ShortcutsDialog } from '../keyboard/ShortcutsDialog';
import { shortcuts } from '../keyboard/shortcuts';
import { CalendarWarningBanner } from '../sla/CalendarWarning';
import { ScreenClockProvider } from '../sla/screen-clock';
import { callBoardHeadEarly } from '../board/board-head';
import { CommandBarHost } from './CommandBarHost';
import { FrameBar } from './FrameBar';
import { focusIsUnclaimed, pageRegionAttribute } from './page-focus';
import { useRowFocusRecovery } from '../cases/row-keys';
import {
  AssessmentPage,
  CallbackQueuePage,
  CaseDetailDialog,
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
import { routeTo, viewsOf, workListOf, type ViewName } from './views';

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
  const { api, session } = useApp();
  const [route, setRoute] = useRoute();
  const [helpOpen, setHelpOpen] = useState(false);
  const openCommands = useRef(() => {});
  const main = useRef<HTMLElement>(null);
  const mine = useMemo(() => viewsOf(session.user.role), [session.user.role]);
  // No view chosen, or one this role does not work in (another user's bookmark): the role's own first view.
  const current: Route = route && mine.includes(route.view) ? route : routeTo(mine[0] ?? 'cases');
  // Stable, so the memoised bar and page are not drawn again when only the open case changes.
  const go = useStableCallback((next: Route) => {
    if (!mine.includes(next.view)) return;
    if (next.view === 'board' && current.view !== 'board') callBoardHeadEarly(api);
    setRoute(next);
  });
  const showShortcuts = useCallback(() => setHelpOpen(true), []);
  const open = useStableCallback((view: ViewName) => go(routeTo(view)));
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
  useEffect(() => preloadViews(mine, workListOf(mine)), [mine]);
  useRowFocusRecovery();
  useFocusNeverOnBody(main);
  const caseId = 'caseId' in current ? current.caseId : null;
  // Drawn from the first case opened on: a closed case stays mounted a moment after its route has gone.
  const [caseOpened, setCaseOpened] = useState(caseId !== null);
  if (caseId !== null && !caseOpened) setCaseOpened(true);
  const openCase = useStableCallback((id: string) => 'caseId' in current && go({ view: current.view, caseId: id }));
  const closeCase = useStableCallback(() => 'caseId' in current && go({ view: current.view, caseId: null }));
  const alertCase = useStableCallback((id: string) => go({ view: 'cases', caseId: id }));

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
        <FrameBar mine={mine} view={current.view} linkUp={linkUp} open={open} openCase={alertCase} openCommands={openCommands} showShortcuts={showShortcuts} />
        {/* The calendar's own page says it beside the button that loads next year. */}
        <CalendarWarningBanner hidden={current.view === 'slaAdmin'} />
        <Box component="main" ref={main} tabIndex={-1} {...{ [pageRegionAttribute]: '' }} sx={{ flexGrow: 1, overflow: 'auto', p: 2, scrollPaddingBottom: 96, '&:focus': { outline: 'none' } }}>
          <FramePage view={current.view} query={'query' in current ? current.query : ''} onOpen={openCase} main={main} />
        </Box>
        {/* The case a list view opened: here, beside the page, so opening or closing it draws neither the page nor the bar. */}
        {caseOpened && (
          <Suspense fallback={null}>
            <CaseDetailDialog caseId={caseId} onClose={closeCase} />
          </Suspense>
        )}
        <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} role={session.user.role} />
        <CommandBarHost opener={openCommands} go={go} showShortcuts={showShortcuts} />
      </Box>
    </ScreenClockProvider>
  );
}

/**
 * A page that puts the focus nowhere itself (settings, the assessment) would leave it on the body,
 * and Tab would start again at the top of the frame: the page's region takes it instead. Run once
 * the page is here (inside its Suspense), after its own fields took theirs.
 */
function FocusIntoPage({ main }: { main: RefObject<HTMLElement | null> }) {
  useEffect(() => {
    if (focusIsUnclaimed()) main.current?.focus({ preventScroll: true });
  }, [main]);
  return null;
}

/**
 * The focus never rests on the body, where PageDown scrolls nothing and Tab starts again at the
 * frame's top: when it falls there (a dialog closed whose opener is gone, as the command bar's
 * when it changes the page; a click on no field), the page region takes it.
 */
function useFocusNeverOnBody(main: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    let pending: ReturnType<typeof setTimeout> | undefined;
    const onFocusOut = () => {
      clearTimeout(pending);
      // After the event: the focus is known only once it has landed, and a dialog's trap may take it back first.
      pending = setTimeout(() => {
        if (document.activeElement === document.body) main.current?.focus({ preventScroll: true });
      }, 0);
    };
    document.addEventListener('focusout', onFocusOut);
    return () => {
      clearTimeout(pending);
      document.removeEventListener('focusout', onFocusOut);
    };
  }, [main]);
}

/** The view's page; memoised with stable props, so the route's case opening or closing leaves it as it is. */
const FramePage = memo(function FramePage({ view, query, onOpen, main }: { view: ViewName; query: string; onOpen: (caseId: string) => void; main: RefObject<HTMLElement | null> }) {
  return (
    <LazyPage>
      <FocusIntoPage key={view} main={main} />
      {view === 'intake' ? (
        <IntakePage />
      ) : view === 'search' ? (
        <SearchPage key={query} initialQuery={query} />
      ) : view === 'assessment' ? (
        <AssessmentPage />
      ) : view === 'knowledge' ? (
        <KnowledgeAdminPage />
      ) : view === 'synonyms' ? (
        <SynonymAdminPage />
      ) : view === 'users' ? (
        <UserAdminPage />
      ) : view === 'townSetup' ? (
        <TownSetupPage />
      ) : view === 'sync' ? (
        <SyncSettingsPage />
      ) : view === 'board' || view === 'cards' || view === 'slaAdmin' ? (
        <SlaPage view={view} />
      ) : view === 'queue' ? (
        <UnitQueuePage onOpen={onOpen} />
      ) : view === 'inbox' ? (
        <SupervisorInboxPage onOpen={onOpen} />
      ) : view === 'callbacks' ? (
        <CallbackQueuePage onOpen={onOpen} />
      ) : (
        <CaseListPage onOpen={onOpen} />
      )}
    </LazyPage>
  );
});

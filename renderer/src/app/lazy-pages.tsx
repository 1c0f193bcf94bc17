import { Box, CircularProgress, Typography } from '@mui/material';
import { lazy, Suspense, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ViewName } from './views';

export interface LazyPageComponent<P> {
  (props: P): ReactNode;
  /** Fetches the page's code without showing it; resolves when it can render at once. */
  preload(): Promise<unknown>;
  /** Resolves once the page's code is here, fetched by whoever asked first; fetches nothing itself. */
  loaded(): Promise<unknown>;
}

/**
 * A page outside the login + intake path, in a chunk of its own that loads the first time it is
 * opened (by its key, the navigation or the address) or preloaded, so the first screen downloads
 * and parses only what it shows. Once its code is here it renders directly: React.lazy would
 * suspend on its first render even then, and React holds a shown fallback for 300 ms.
 * Each mount keeps the component it started with, so a page never remounts (and loses what was
 * typed) when its code arrives.
 */
function page<P extends object>(load: () => Promise<ComponentType<P>>): LazyPageComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  let arrived = (_component: ComponentType<P>) => {};
  const arrival = new Promise<ComponentType<P>>((resolve) => (arrived = resolve));
  const preload = () =>
    (loading ??= load().then(
      (component) => {
        arrived(component);
        return (loaded = component);
      },
      (error: unknown) => {
        // A failed fetch (the server restarting) is tried again at the next open.
        loading = null;
        throw error;
      },
    ));
  const Lazy = lazy(async () => ({ default: await preload() }));
  function Page(props: P) {
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  return Object.assign(Page, { preload, loaded: () => arrival });
}

export const AssessmentPage = page(() => import('../assessment/AssessmentPage').then((m) => m.AssessmentPage));
export const CallbackQueuePage = page(() => import('../callback/CallbackQueuePage').then((m) => m.CallbackQueuePage));
export const CaseListPage = page(() => import('../cases/CaseListPage').then((m) => m.CaseListPage));
export const UnitQueuePage = page(() => import('../handler/UnitQueuePage').then((m) => m.UnitQueuePage));
export const KnowledgeAdminPage = page(() => import('../knowledge/KnowledgeAdminPage').then((m) => m.KnowledgeAdminPage));
export const SynonymAdminPage = page(() => import('../synonyms/SynonymAdminPage').then((m) => m.SynonymAdminPage));
export const UserAdminPage = page(() => import('../users/UserAdminPage').then((m) => m.UserAdminPage));
export const TownSetupPage = page(() => import('../town-setup/TownSetupPage').then((m) => m.TownSetupPage));
export const SearchPage = page(() => import('../search/SearchPage').then((m) => m.SearchPage));
export const SlaPage = page(() => import('../sla/SlaPage').then((m) => m.SlaPage));
export const SupervisorInboxPage = page(() => import('../supervisor/SupervisorInboxPage').then((m) => m.SupervisorInboxPage));
export const SyncSettingsPage = page(() => import('../sync/SyncSettingsPage').then((m) => m.SyncSettingsPage));
export const WallPage = page(() => import('../wall/WallPage').then((m) => m.WallPage));
export const CommandBar = page(() => import('../command-bar/CommandBar').then((m) => m.CommandBar));
/** The seat's frame with the intake page: fetched while the login form waits for a person. */
export const AppFrame = page(() => import('./AppFrame').then((m) => m.AppFrame));

/**
 * Runs `work` once the browser has painted and has a moment: what is fetched then (and run, which
 * takes the main thread) never holds up the screen in front of the person.
 */
export function whenIdle(work: () => void): () => void {
  let cancelled = false;
  const frame = requestAnimationFrame(() =>
    setTimeout(() => {
      if (cancelled) return;
      if ('requestIdleCallback' in window) requestIdleCallback(() => !cancelled && work(), { timeout: 1000 });
      else work();
    }, 0),
  );
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
  };
}

const viewPages: Partial<Record<ViewName, { preload(): Promise<unknown> }>> = {
  queue: UnitQueuePage,
  inbox: SupervisorInboxPage,
  board: SlaPage,
  callbacks: CallbackQueuePage,
  cases: CaseListPage,
  search: SearchPage,
  cards: SlaPage,
  wall: WallPage,
  slaAdmin: SlaPage,
  knowledge: KnowledgeAdminPage,
  synonyms: SynonymAdminPage,
  users: UserAdminPage,
  townSetup: TownSetupPage,
  sync: SyncSettingsPage,
  assessment: AssessmentPage,
};

/** The first keys typed into intake come first: views other than the work list wait this long. */
const viewPreloadDelayMs = 3_000;

/**
 * After the first screen is up, fetches the code of the views this seat works in, one at a time
 * in idle moments, so a key pressed later (F9's wall, F3's list) opens its page without waiting
 * for the network. The work list (F4) comes first and at once: it is the page a seat opens
 * right after logging in. Returns a stop for when the seat logs out first.
 */
export function preloadViews(mine: readonly ViewName[], workList: ViewName): () => void {
  const first = viewPages[workList];
  const rest = [CommandBar, ...new Set(mine.flatMap((v) => viewPages[v] ?? []))].filter((p) => p !== first);
  let cancel = () => {};
  let delay: ReturnType<typeof setTimeout> | undefined;
  const load = (queue: { preload(): Promise<unknown> }[], then: () => void) => {
    const pageToLoad = queue.shift();
    if (!pageToLoad) return then();
    cancel = whenIdle(() => void pageToLoad.preload().then(() => load(queue, then), () => load(queue, then)));
  };
  load(first ? [first] : [], () => {
    delay = setTimeout(() => load(rest, () => {}), viewPreloadDelayMs);
  });
  return () => {
    clearTimeout(delay);
    cancel();
  };
}

/**
 * A calm placeholder while a page's code arrives: nothing for the first moment (a fast load
 * should not flash), then a quiet spinner with the words, never a blank screen for long.
 */
function PageLoading() {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), 150);
    return () => clearTimeout(timer);
  }, []);
  if (!shown) return null;
  return (
    <Box role="status" data-testid="page-loading" sx={{ display: 'flex', alignItems: 'center', gap: 1.5, p: 3, color: 'text.secondary' }}>
      <CircularProgress size={18} color="inherit" />
      <Typography variant="body2">{t('app.loadingPage')}</Typography>
    </Box>
  );
}

export function LazyPage({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageLoading />}>{children}</Suspense>;
}

import { Box, CircularProgress, Typography } from '@mui/material';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { page, useShownAfter, whenIdle } from './lazy-page';
import type { ViewName } from './views';

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
/** The case a list view opened (drawn by the frame, beside the page): fetched right after the work list. */
export const CaseDetailDialog = page(() => import('../cases/CaseDetailDialog').then((m) => m.CaseDetailDialog));
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
  const rest = [...new Set(mine.flatMap((v) => viewPages[v] ?? []))].filter((p) => p !== first);
  let cancel = () => {};
  let delay: ReturnType<typeof setTimeout> | undefined;
  const load = (queue: { preload(): Promise<unknown> }[], then: () => void) => {
    const pageToLoad = queue.shift();
    if (!pageToLoad) return then();
    cancel = whenIdle(() => void pageToLoad.preload().then(() => load(queue, then), () => load(queue, then)));
  };
  load(first ? [first, CaseDetailDialog] : [CaseDetailDialog], () => {
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
  if (!useShownAfter(150)) return null;
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

import { AppBar, Box, Button, Chip, Toolbar, Typography } from '@mui/material';
import { useCallback, useState } from 'react';
import { useHotkeys } from 'react-hotkeys-hook';
import { useTranslation } from 'react-i18next';
import { CaseListPage } from '../cases/CaseListPage';
import { CommandBar } from '../command-bar/CommandBar';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { IntakePage } from '../intake/IntakePage';
import { Kbd } from '../keyboard/Kbd';
import { ShortcutsDialog } from '../keyboard/ShortcutsDialog';
import { shortcuts } from '../keyboard/shortcuts';
import { KnowledgeAdminPage } from '../knowledge/KnowledgeAdminPage';
import { SearchPage } from '../search/SearchPage';
import { useRoute, type Route } from './route';
import { useApp } from './session';

/** `/` opens the command bar only outside text fields, where it is a character the user types. */
const typingSlash = (e: KeyboardEvent) =>
  e.key === '/' && e.target instanceof HTMLElement && (e.target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(e.target.tagName));

/** The seat's frame: only views that work are in the navigation, each with its key. */
export function AppFrame({ linkUp }: { linkUp: boolean }) {
  const { t } = useTranslation();
  const { api, session, reference, logout } = useApp();
  const [route, setRoute] = useRoute();
  const [helpOpen, setHelpOpen] = useState(false);
  const [commandsOpen, setCommandsOpen] = useState(false);
  const mayFile = session.user.role !== 'handler';
  const isAdmin = session.user.role === 'admin';
  const go = useCallback((next: Route) => setRoute(next), [setRoute]);
  const hotkeyOptions = { enableOnFormTags: true, preventDefault: true } as const;
  useHotkeys(shortcuts.newCase.keys, () => mayFile && go({ view: 'intake' }), hotkeyOptions);
  useHotkeys(shortcuts.caseList.keys, () => go({ view: 'cases', caseId: null }), hotkeyOptions);
  useHotkeys(shortcuts.search.keys, () => go({ view: 'search', query: '' }), hotkeyOptions);
  useHotkeys(shortcuts.commandBar.keys, () => setCommandsOpen(true), { ...hotkeyOptions, ignoreEventWhen: typingSlash });
  useHotkeys(shortcuts.help.keys, () => setHelpOpen(true), { preventDefault: true });
  const view = route.view === 'intake' && !mayFile ? 'cases' : route.view === 'knowledge' && !isAdmin ? 'cases' : route.view;

  const nav = (label: string, target: Route, key: string) => (
    <Button color="inherit" onClick={() => go(target)} aria-current={view === target.view ? 'page' : undefined}>
      {label}
      {key && <Kbd>{key}</Kbd>}
    </Button>
  );

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100vh' }}>
      <AppBar position="static" elevation={1}>
        <Toolbar variant="dense" sx={{ gap: 1 }}>
          <Typography variant="h6" component="div" sx={{ mr: 1 }}>
            {t('app.name')}
          </Typography>
          {reference.town.demo && <Chip label={`${reference.town.name} · ${t('app.demo')}`} color="warning" size="small" />}
          <Box component="nav" sx={{ display: 'flex', gap: 0.5, ml: 2 }}>
            {mayFile && nav(t('nav.intake'), { view: 'intake' }, shortcuts.newCase.label)}
            {nav(t('nav.cases'), { view: 'cases', caseId: null }, shortcuts.caseList.label)}
            {nav(t('nav.search'), { view: 'search', query: '' }, shortcuts.search.label)}
            {isAdmin && nav(t('nav.knowledge'), { view: 'knowledge' }, '')}
          </Box>
          <Box sx={{ flexGrow: 1 }} />
          {!linkUp && <Chip label={t('errors.network')} color="error" size="small" />}
          <Typography variant="body2" data-testid="current-user">
            {session.user.displayName} · {t(`role.${session.user.role}`)} · {reference.town.seatCode}
          </Typography>
          <Button color="inherit" onClick={() => setCommandsOpen(true)}>
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
      </AppBar>
      <Box component="main" sx={{ flexGrow: 1, overflow: 'auto', p: 2 }}>
        {view === 'intake' && <IntakePage />}
        {view === 'search' && <SearchPage key={route.view === 'search' ? route.query : ''} initialQuery={route.view === 'search' ? route.query : ''} />}
        {view === 'knowledge' && <KnowledgeAdminPage />}
        {view === 'cases' && (
          <CaseListPage openCaseId={route.view === 'cases' ? route.caseId : null} onOpen={(caseId) => go({ view: 'cases', caseId })} />
        )}
      </Box>
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      {commandsOpen && <CommandBar onClose={() => setCommandsOpen(false)} go={go} showShortcuts={() => setHelpOpen(true)} />}
    </Box>
  );
}

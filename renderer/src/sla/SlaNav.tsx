import { Button } from '@mui/material';
import { useHotkeys } from 'react-hotkeys-hook';
import { useTranslation } from 'react-i18next';
import type { Route } from '../app/route';
import { useApp } from '../app/session';
import { Kbd } from '../keyboard/Kbd';
import { shortcuts } from '../keyboard/shortcuts';
import { maySee, slaViewSpecs } from './sla-views';

/** The navigation buttons and keys of the SLA views the user's role may open. */
export function SlaNav({ current, go }: { current: Route['view']; go: (route: Route) => void }) {
  const { t } = useTranslation();
  const { session } = useApp();
  const visible = slaViewSpecs.filter((s) => maySee(session.user.role, s.view));
  const keys = visible.map((s) => shortcuts[s.shortcut].keys).join(', ');
  useHotkeys(
    keys || 'f24',
    (_e, handler) => {
      const pressed = handler.keys?.join('');
      const spec = visible.find((s) => shortcuts[s.shortcut].keys.split(', ').includes(pressed ?? ''));
      // In Electron the main process owns the wall key: it opens the wall in its own window.
      if (spec && !(spec.view === 'wall' && window.lianxin)) go({ view: spec.view });
    },
    { enableOnFormTags: true, preventDefault: true },
  );
  return (
    <>
      {visible.map((s) => (
        <Button key={s.view} color="inherit" onClick={() => go({ view: s.view })} aria-current={current === s.view ? 'page' : undefined}>
          {t(`shortcuts.${s.shortcut}`)}
          <Kbd>{shortcuts[s.shortcut].label}</Kbd>
        </Button>
      ))}
    </>
  );
}

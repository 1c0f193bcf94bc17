import { memo, useCallback, useEffect, useState, type RefObject } from 'react';
import type { Route } from './route';
import { whenIdle } from './lazy-page';
import { CommandBar, LazyPage } from './lazy-pages';

/**
 * Owns whether the command bar is shown, so Ctrl+K renders the bar alone and not the whole frame
 * with its page. The bar is mounted hidden in an idle moment once its code is here (the views'
 * preload fetches it), so the key only shows it; pressed before that, it mounts on the key.
 */
export const CommandBarHost = memo(function CommandBarHost({
  opener,
  go,
  showShortcuts,
}: {
  /** Set here to the function that shows the bar: the frame's key and button call it. */
  opener: RefObject<() => void>;
  go: (route: Route) => void;
  showShortcuts: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [mounted, setMounted] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  useEffect(() => {
    opener.current = () => {
      setMounted(true);
      setOpen(true);
    };
  }, [opener]);
  useEffect(() => {
    let stop = () => {};
    let gone = false;
    void CommandBar.loaded().then(() => {
      if (!gone) stop = whenIdle(() => setMounted(true));
    });
    return () => {
      gone = true;
      stop();
    };
  }, []);
  if (!mounted) return null;
  return (
    <LazyPage>
      <CommandBar open={open} onClose={close} go={go} showShortcuts={showShortcuts} />
    </LazyPage>
  );
});


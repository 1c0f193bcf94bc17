import { memo, useCallback, useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import type { Route } from './route';
import { CommandBar } from '../command-bar/CommandBar';
import { whenIdle } from './lazy-page';

/**
 * Owns whether the command bar is shown, so Ctrl+K renders the bar alone and not the whole frame
 * with its page. The bar is mounted hidden in an idle moment, so the key only shows it; pressed
 * before that, it mounts on the key. Its code comes with the frame's (2 kB), not with the views'
 * later fetch: a bar still loading when the key is pressed lets what is typed next fall into the
 * field behind it.
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
  // In place as the frame is drawn, with its keys (they listen from the same moment): Ctrl+K
  // pressed the instant the console shows after the login otherwise called the empty stand-in.
  useLayoutEffect(() => {
    opener.current = () => {
      setMounted(true);
      setOpen(true);
    };
  }, [opener]);
  useEffect(() => whenIdle(() => setMounted(true)), []);
  if (!mounted) return null;
  return <CommandBar open={open} onClose={close} go={go} showShortcuts={showShortcuts} />;
});


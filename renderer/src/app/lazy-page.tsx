import { lazy, useEffect, useState, type ComponentType, type ReactNode } from 'react';

export interface LazyPageComponent<P> {
  (props: P): ReactNode;
  /** Fetches the page's code without showing it; resolves when it can render at once. */
  preload(): Promise<unknown>;
  /** Resolves once the page's code is here, fetched by whoever asked first; fetches nothing itself. */
  loaded(): Promise<unknown>;
}

/**
 * Code in a chunk of its own (a page, or the console's frame with intake and MUI) that loads the
 * first time it is opened (by its key, the navigation or the address) or preloaded, so the first
 * screen downloads and parses only what it shows. Once its code is here it renders directly: React.lazy would
 * suspend on its first render even then, and React holds a shown fallback for 300 ms.
 * Each mount keeps the component it started with, so a page never remounts (and loses what was
 * typed) when its code arrives.
 */
export function page<P extends object>(load: () => Promise<ComponentType<P>>): LazyPageComponent<P> {
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


/** False for the first moment, then true: a placeholder that waits this long never flashes on a fast load. */
export function useShownAfter(ms: number): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), ms);
    return () => clearTimeout(timer);
  }, [ms]);
  return shown;
}

import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A function that stays the same across renders and always calls the latest `fn`: a memoised
 * child given it is not drawn again on every key just because the handler closes over new state.
 */
export function useStableCallback<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const latest = useRef(fn);
  useLayoutEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}

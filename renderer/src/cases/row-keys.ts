import { useEffect, useRef, type KeyboardEvent as ReactKeyboardEvent, type RefObject } from 'react';
import { focusIsUnclaimed, pageRegionAttribute } from '../app/page-focus';

/** Rows a list moves between carry this attribute; the list's container handles the keys. */
export const rowAttribute = 'data-row';

const next = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1 } as const;
const isStep = (key: string): key is keyof typeof next => key in next;

/**
 * Arrows or j/k move between a list's rows, Home/End to its ends; only while a row has the
 * focus, so a field inside the list still takes its letters.
 */
export function onRowKeys(e: ReactKeyboardEvent<HTMLElement>): void {
  const here = e.target;
  if (!(here instanceof HTMLElement) || !here.hasAttribute(rowAttribute) || e.altKey || e.ctrlKey || e.metaKey) return;
  const rows = [...e.currentTarget.querySelectorAll<HTMLElement>(`[${rowAttribute}]`)];
  const at = rows.indexOf(here);
  const to = isStep(e.key) ? rows[at + next[e.key]] : e.key === 'Home' ? rows[0] : e.key === 'End' ? rows.at(-1) : undefined;
  if (!to) return;
  e.preventDefault();
  to.focus();
  to.scrollIntoView({ block: 'nearest' });
}

/**
 * A list opened by its key takes the focus on its first row once rows are there, so Enter opens
 * the top case at once; it never takes the focus from something the user already went to. A list
 * that emptied does so again when a row comes (a unit's queue worked to its end, then a new case).
 */
export function useFocusFirstRow(container: RefObject<HTMLElement | null>, hasRows: boolean): void {
  const done = useRef(false);
  useEffect(() => {
    if (!hasRows) done.current = false;
    if (!hasRows || done.current) return;
    done.current = true;
    if (!focusIsUnclaimed() && !container.current?.contains(document.activeElement)) return;
    container.current?.querySelector<HTMLElement>(`[${rowAttribute}]`)?.focus();
  }, [container, hasRows]);
}

/**
 * A focused row can leave its list under the focus (its case dispatched off the board, taken
 * elsewhere), and the focus then rests on nothing: no row is lit and the arrows move nothing. While
 * it rests nowhere, the arrows, j/k, Home and End take it back to the page's list, on the row now
 * where the focus was (Home and End to the ends). For the frame, once: the page is its page region.
 */
export function useRowFocusRecovery(): void {
  useEffect(() => {
    const rowsOf = () => [...(document.querySelector(`[${pageRegionAttribute}]`)?.querySelectorAll<HTMLElement>(`[${rowAttribute}]`) ?? [])];
    let last = 0;
    const onFocusIn = (e: FocusEvent) => {
      if (e.target instanceof HTMLElement && e.target.hasAttribute(rowAttribute)) last = Math.max(0, rowsOf().indexOf(e.target));
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (!(isStep(e.key) || e.key === 'Home' || e.key === 'End') || e.altKey || e.ctrlKey || e.metaKey || !focusIsUnclaimed()) return;
      const rows = rowsOf();
      const to = e.key === 'Home' ? rows[0] : e.key === 'End' ? rows.at(-1) : rows[Math.min(last, rows.length - 1)];
      if (!to) return;
      e.preventDefault();
      to.focus();
      to.scrollIntoView({ block: 'nearest' });
    };
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}

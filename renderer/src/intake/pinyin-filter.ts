import type { AutocompleteInputChangeReason } from '@mui/material';
import { useCallback, useMemo, useRef, type KeyboardEvent, type SyntheticEvent } from 'react';
import { buildPinyinIndex, searchPinyinIndex, type PinyinItem } from '../../../shared/intake/pinyin-match';

/** How many matches a picker offers: more than a screen is never read. */
const shown = 50;

/** An Autocomplete's filter that reads Chinese, full pinyin or initials, best match first; the index is built once per list. */
export function usePinyinFilter<T extends PinyinItem>(options: readonly T[]): (all: T[], state: { inputValue: string }) => T[] {
  const index = useMemo(() => buildPinyinIndex(options), [options]);
  return useCallback(
    (all: T[], { inputValue }: { inputValue: string }) =>
      inputValue.trim() === '' ? all.slice(0, shown) : searchPinyinIndex(index, inputValue, shown).map((m) => m.item),
    [index],
  );
}

/**
 * Tab takes the highlighted match, as Enter does, once something was typed: without it Tab kept
 * the old value and a person who typed `fgb` and tabbed on had dispatched nowhere. Tabbing
 * through without typing changes nothing.
 */
export function useTabTakesHighlight<T>(take: (option: T) => void) {
  const highlighted = useRef<T | null>(null);
  const typed = useRef(false);
  return {
    onHighlightChange: (_e: SyntheticEvent, option: T | null) => {
      highlighted.current = option;
    },
    onInputChange: (_e: SyntheticEvent, _value: string, reason: AutocompleteInputChangeReason) => {
      typed.current = reason === 'input';
    },
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key !== 'Tab' || !typed.current || highlighted.current === null) return;
      typed.current = false;
      take(highlighted.current);
    },
  };
}

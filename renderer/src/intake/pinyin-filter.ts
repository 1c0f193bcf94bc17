import type { AutocompleteInputChangeReason } from '@mui/material';
import { useMemo, useRef, type KeyboardEvent, type SyntheticEvent } from 'react';
import { buildPinyinIndex, searchPinyinIndex, type PinyinIndex, type PinyinItem } from '../../../shared/intake/pinyin-match';

/** How many matches a picker offers: more than a screen is never read. */
const shown = 50;

/**
 * What an Autocomplete needs to pick like a Chinese typist expects: a filter that reads Chinese,
 * full pinyin or initials (best match first; the index built once per list, when first searched), and Tab taking the
 * highlighted match as Enter does once something was typed. Without that, Tab kept the old
 * value and a person who typed `fgb` and tabbed on had dispatched nowhere; tabbing through
 * without typing changes nothing.
 */
export function usePinyinPicking<T extends PinyinItem>(options: readonly T[], take: (option: T) => void) {
  // Built when first searched, not when the picker first draws: the intake form's three pickers
  // would otherwise hold up the first screen after login by reading pinyin for every name.
  const index = useMemo(() => {
    let built: PinyinIndex<T> | null = null;
    return () => (built ??= buildPinyinIndex(options));
  }, [options]);
  const matches = useRef<readonly T[]>([]);
  // Moved to with the arrows; otherwise the first match, which autoHighlight highlights (and does not report).
  const highlighted = useRef<T | null>(null);
  const typed = useRef(false);
  return {
    filterOptions: (all: T[], { inputValue }: { inputValue: string }): T[] => {
      const found = inputValue.trim() === '' ? all.slice(0, shown) : searchPinyinIndex(index(), inputValue, shown).map((m) => m.item);
      matches.current = found;
      return found;
    },
    onHighlightChange: (_e: SyntheticEvent, option: T | null) => {
      highlighted.current = option;
    },
    onInputChange: (_e: SyntheticEvent, _value: string, reason: AutocompleteInputChangeReason) => {
      typed.current = reason === 'input';
      highlighted.current = null;
    },
    onKeyDown: (e: KeyboardEvent) => {
      const option = highlighted.current ?? matches.current[0];
      if (e.key !== 'Tab' || !typed.current || option === undefined) return;
      typed.current = false;
      take(option);
    },
  };
}

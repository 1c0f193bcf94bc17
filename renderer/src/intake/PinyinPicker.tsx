import { Autocomplete, TextField } from '@mui/material';
import { useMemo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { buildPinyinIndex, searchPinyinIndex } from '../../../shared/intake/pinyin-match';

export interface PickerOption {
  readonly id: string;
  /** What typing matches. */
  readonly name: string;
  /** What the list shows, when more than the name (a category's whole path). */
  readonly label?: string;
}

interface Props<T extends PickerOption> {
  readonly label: string;
  readonly options: readonly T[];
  readonly value: string | null;
  readonly onChange: (id: string | null) => void;
  readonly error?: boolean;
  readonly helperText?: string;
  readonly inputRef?: Ref<HTMLInputElement>;
  readonly openOnFocus?: boolean;
}

/** How many matches the list offers: more than a screen is never read. */
const shown = 50;

/**
 * A picker that understands Chinese typing: Chinese, full pinyin or initials (zc → 助餐), best
 * match first and highlighted, arrow keys and Enter. The pinyin index is built once per list.
 */
export function PinyinPicker<T extends PickerOption>({ label, options, value, onChange, error, helperText, inputRef, openOnFocus }: Props<T>) {
  const { t } = useTranslation();
  const index = useMemo(() => buildPinyinIndex(options), [options]);
  return (
    <Autocomplete
      options={options as T[]}
      getOptionLabel={(o) => o.label ?? o.name}
      value={options.find((o) => o.id === value) ?? null}
      onChange={(_e, o) => onChange(o?.id ?? null)}
      filterOptions={(all, { inputValue }) =>
        inputValue.trim() === '' ? all.slice(0, shown) : searchPinyinIndex(index, inputValue, shown).map((m) => m.item)
      }
      autoHighlight
      openOnFocus={openOnFocus}
      sx={{ flex: 1 }}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          error={error}
          helperText={helperText}
          inputRef={inputRef}
          placeholder={t('intakeKeys.pinyinHint')}
        />
      )}
    />
  );
}

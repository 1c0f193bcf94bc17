import { Autocomplete, TextField } from '@mui/material';
import { memo, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { usePinyinPicking } from './pinyin-filter';

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
  readonly autoFocus?: boolean;
  readonly size?: 'small' | 'medium';
}

/**
 * A picker that understands Chinese typing: Chinese, full pinyin or initials (zc → 助餐), best
 * match first and highlighted, arrow keys, and Enter or Tab to take it.
 */
function Picker<T extends PickerOption>({ label, options, value, onChange, error, helperText, inputRef, openOnFocus, autoFocus, size }: Props<T>) {
  const { t } = useTranslation();
  const picking = usePinyinPicking(options, (o) => onChange(o.id));
  const selected = options.find((o) => o.id === value) ?? null;
  const optionLabel = (o: T) => o.label ?? o.name;
  // The field's text follows a value set from outside (Alt+a, a known caller) in the same render:
  // left to the Autocomplete it arrives one render later, and the key's own frame shows nothing.
  const [text, setText] = useState(() => (selected ? optionLabel(selected) : ''));
  const [textFor, setTextFor] = useState(value);
  if (textFor !== value) {
    setTextFor(value);
    setText(selected ? optionLabel(selected) : '');
  }
  return (
    <Autocomplete
      options={options as T[]}
      getOptionLabel={optionLabel}
      value={selected}
      onChange={(_e, o) => onChange(o?.id ?? null)}
      autoHighlight
      openOnFocus={openOnFocus}
      size={size}
      {...picking}
      inputValue={text}
      onInputChange={(e, typed, reason) => {
        setText(typed);
        picking.onInputChange(e, typed, reason);
      }}
      sx={{ flex: 1 }}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          error={error}
          helperText={helperText}
          inputRef={inputRef}
          autoFocus={autoFocus}
          placeholder={t('intakeKeys.pinyinHint')}
        />
      )}
    />
  );
}

/** Memoised: on a page re-rendered on every key, a picker whose props did not change is not rendered again. */
export const PinyinPicker = memo(Picker) as typeof Picker;

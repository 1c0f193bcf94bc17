import { TextField, type SxProps, type Theme } from '@mui/material';
import { useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, formatTyped, parseShown, showValue } from './date-text';

interface Props {
  readonly label: string;
  /** 2026-12-01, or 2026-12-01T09:30 with `withTime`; '' for none. */
  readonly value: string;
  /** Called with each complete, real value typed, and with '' when the field is emptied. */
  readonly onChange: (value: string) => void;
  readonly withTime?: boolean;
  readonly size?: 'small' | 'medium';
  readonly fullWidth?: boolean;
  readonly sx?: SxProps<Theme>;
  readonly inputRef?: Ref<HTMLInputElement>;
  readonly error?: boolean;
  readonly helperText?: string;
  readonly testId?: string;
}

/**
 * Every date (and date-and-time) the console takes: typed as YYYY-MM-DD (HH:mm) in Shanghai terms
 * in both languages, where the browser's own date input would follow the system's locale. Digits
 * alone will do, the separators come by themselves; ↑ ↓ move it a day.
 */
export function DateField({ label, value, onChange, withTime = false, size, fullWidth, sx, inputRef, error, helperText, testId }: Props) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(() => showValue(value));
  const [shownFor, setShownFor] = useState(value);
  const [typing, setTyping] = useState(false);
  // A value set from outside (the period keys, a reset form) replaces what was typed.
  if (value !== shownFor) {
    setShownFor(value);
    setShown(showValue(value));
  }
  const take = (text: string) => {
    setShown(text);
    const next = text === '' ? '' : parseShown(text, withTime);
    if (next === null || next === value) return;
    setShownFor(next);
    onChange(next);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if ((e.key !== 'ArrowUp' && e.key !== 'ArrowDown') || value === '' || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    take(showValue(addDays(value, e.key === 'ArrowUp' ? 1 : -1)));
  };
  const format = withTime ? 'YYYY-MM-DD HH:mm' : 'YYYY-MM-DD';
  const wrong = shown !== '' && parseShown(shown, withTime) === null && !typing;
  return (
    <TextField
      label={label}
      value={shown}
      size={size}
      fullWidth={fullWidth}
      sx={sx}
      inputRef={inputRef}
      error={error || wrong}
      helperText={wrong ? t('dateField.wrong', { format }) : helperText}
      onChange={(e) => take(formatTyped(e.target.value, withTime))}
      onKeyDown={onKeyDown}
      onFocus={() => setTyping(true)}
      onBlur={() => setTyping(false)}
      slotProps={{
        inputLabel: { shrink: true },
        htmlInput: { placeholder: format, inputMode: 'numeric', autoComplete: 'off', 'data-testid': testId, size: format.length + 1 },
      }}
    />
  );
}

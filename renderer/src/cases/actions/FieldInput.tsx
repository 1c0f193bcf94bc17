import { Autocomplete, TextField } from '@mui/material';
import { memo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { actFieldMaxLength, type SeatAction } from '../../../../shared/api/methods/loop';
import { useApp } from '../../app/session';
import { DateField } from '../../forms/DateField';
import { PinyinPicker } from '../../intake/PinyinPicker';
import { usePinyinPicking } from '../../intake/pinyin-filter';
import type { FormField, FormValues } from './action-forms';

interface Props {
  readonly action: SeatAction;
  readonly field: FormField;
  readonly value: FormValues[string] | undefined;
  readonly set: (name: string, value: string | readonly string[]) => void;
  /** Given to the field a person types first: the form focuses it when shown. */
  readonly inputRef: Ref<HTMLInputElement> | undefined;
  /** The message under the field when it is wrong. */
  readonly problem: string | undefined;
}

/**
 * One input of an action's form: units by pinyin, texts held to the contract's length with a
 * counter, times in Shanghai time typed as YYYY-MM-DD HH:mm. Memoised (the form passes a stable `set`): only a field whose
 * value or problem changed is drawn again when the form opens or another field is typed.
 */
export const FieldInput = memo(function FieldInput({ action, field, value: given, set, inputRef, problem }: Props) {
  const { t } = useTranslation();
  const label = t(`fields.${field.name}`);
  const value = given ?? '';
  const common = { label, inputRef, error: problem !== undefined, helperText: problem, fullWidth: true } as const;
  switch (field.kind) {
    case 'select':
      return (
        <TextField {...common} select value={value} onChange={(e) => set(field.name, e.target.value)} slotProps={{ select: { native: true } }}>
          {field.options.map((o) => (
            <option key={o} value={o}>
              {t(`${field.labels}.${o || 'none'}`)}
            </option>
          ))}
        </TextField>
      );
    case 'unit':
      return <UnitPicker label={label} value={typeof value === 'string' ? value : ''} onChange={(id) => set(field.name, id ?? '')} inputRef={inputRef} problem={problem} />;
    case 'units':
      return <UnitsPicker label={label} value={Array.isArray(value) ? value : []} onChange={(ids) => set(field.name, ids)} inputRef={inputRef} problem={problem} />;
    case 'datetime':
      return (
        <DateField withTime label={t('flow.shanghaiTime', { label })} value={typeof value === 'string' ? value : ''} onChange={(v) => set(field.name, v)}
          inputRef={inputRef} error={problem !== undefined} helperText={problem} fullWidth testId={`field-${field.name}`} />
      );
    default: {
      const max = actFieldMaxLength(action, field.name);
      const text = typeof value === 'string' ? value : '';
      const counter = max === undefined || field.kind === 'number' ? undefined : `${text.length} / ${max}`;
      return (
        <TextField
          {...common}
          label={label}
          type={field.kind === 'number' ? 'number' : 'text'}
          multiline={field.kind === 'multiline'}
          value={text}
          onChange={(e) => set(field.name, e.target.value)}
          helperText={problem ?? counter}
          slotProps={{
            // A plain textarea of three rows (longer text scrolls): MUI's growing one, even held to
            // fixed rows, measures itself with a forced layout on every render of the dialog — each
            // Tab, each key typed.
            ...(field.kind === 'multiline' ? { input: { inputComponent: 'textarea' } } : {}),
            htmlInput: { maxLength: max, 'data-testid': `field-${field.name}`, ...(field.kind === 'multiline' ? { rows: 3 } : {}) },
            formHelperText: { sx: { textAlign: problem ? 'left' : 'right' } },
          }}
        />
      );
    }
  }
});

function UnitPicker({ label, value, onChange, inputRef, problem }: { label: string; value: string; onChange: (id: string | null) => void; inputRef: Ref<HTMLInputElement> | undefined; problem: string | undefined }) {
  const { reference } = useApp();
  return <PinyinPicker label={label} options={reference.units} value={value || null} onChange={onChange} inputRef={inputRef} error={problem !== undefined} helperText={problem} />;
}

/** Several units (吹哨): each by Chinese or pinyin, Enter or Tab adds the highlighted one. */
function UnitsPicker({ label, value, onChange, inputRef, problem }: { label: string; value: readonly string[]; onChange: (ids: readonly string[]) => void; inputRef: Ref<HTMLInputElement> | undefined; problem: string | undefined }) {
  const { t } = useTranslation();
  const { reference } = useApp();
  const picking = usePinyinPicking(reference.units, (u) => !value.includes(u.id) && onChange([...value, u.id]));
  return (
    <Autocomplete
      multiple
      options={reference.units}
      getOptionLabel={(u) => u.name}
      value={reference.units.filter((u) => value.includes(u.id))}
      onChange={(_e, picked) => onChange(picked.map((u) => u.id))}
      autoHighlight
      {...picking}
      renderInput={(params) => (
        <TextField {...params} label={label} inputRef={inputRef} error={problem !== undefined} helperText={problem} placeholder={t('intakeKeys.pinyinHint')} />
      )}
    />
  );
}

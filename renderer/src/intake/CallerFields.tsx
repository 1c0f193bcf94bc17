import { Stack, TextField } from '@mui/material';
import { memo, useCallback, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../shared/case/fields';
import type { PhoneResult } from '../../../shared/intake/phone';
import type { Committee } from '../../../shared/reference/types';
import type { Draft } from './draft';
import { PinyinPicker } from './PinyinPicker';

interface Props {
  readonly phone: string;
  readonly name: string;
  readonly address: string;
  readonly committeeId: string | null;
  readonly committees: readonly Committee[];
  readonly parsedPhone: PhoneResult | null;
  readonly set: <K extends keyof Draft>(key: K, value: Draft[K]) => void;
  readonly fieldError: (field: string) => boolean;
  readonly phoneRef: RefObject<HTMLInputElement | null>;
  readonly nameRef: RefObject<HTMLInputElement | null>;
  readonly descriptionRef: RefObject<HTMLTextAreaElement | null>;
}

/**
 * Who is calling and from where. Memoised: a key typed in the description does not re-render
 * these fields (and their committee picker), which kept every keystroke over a frame.
 */
export const CallerFields = memo(function CallerFields({ phone, name, address, committeeId, committees, parsedPhone, set, fieldError, phoneRef, nameRef, descriptionRef }: Props) {
  const { t } = useTranslation();
  const pickCommittee = useCallback((id: string | null) => set('committeeId', id), [set]);
  const phoneProblem = parsedPhone && !parsedPhone.ok ? t(`intakeKeys.phoneInvalid.${parsedPhone.code}`) : '';
  return (
    <>
      <Stack direction="row" spacing={2}>
        <TextField
          label={t('intake.phone')}
          value={phone}
          onChange={(e) => set('phone', e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter' || e.ctrlKey || e.metaKey || !parsedPhone?.ok) return;
            e.preventDefault();
            (committeeId ? descriptionRef.current : nameRef.current)?.focus();
          }}
          inputRef={phoneRef}
          error={fieldError('caller.phone') || phoneProblem !== ''}
          helperText={phoneProblem || (parsedPhone?.ok ? parsedPhone.display : ' ')}
          sx={{ flex: 1 }}
        />
        <TextField
          label={t('intake.name')}
          value={name}
          onChange={(e) => set('name', e.target.value)}
          inputRef={nameRef}
          slotProps={{ htmlInput: { maxLength: limits.name } }}
          error={fieldError('caller.name')}
          helperText=" "
          sx={{ flex: 1 }}
        />
      </Stack>
      <Stack direction="row" spacing={2}>
        <PinyinPicker label={t('intake.committee')} options={committees} value={committeeId} onChange={pickCommittee} error={fieldError('committeeId')} />
        <TextField
          label={t('intake.address')}
          value={address}
          onChange={(e) => set('address', e.target.value)}
          onKeyDown={(e) => {
            // The address is the new caller's last detail: Enter goes on to what they called about.
            if (e.key !== 'Enter' || e.ctrlKey || e.metaKey) return;
            e.preventDefault();
            descriptionRef.current?.focus();
          }}
          slotProps={{ htmlInput: { maxLength: limits.address } }}
          error={fieldError('address')}
          sx={{ flex: 2 }}
        />
      </Stack>
    </>
  );
});

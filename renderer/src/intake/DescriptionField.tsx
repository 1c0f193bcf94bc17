import { Box, TextField } from '@mui/material';
import { memo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../shared/case/fields';
import { Kbd } from '../keyboard/Kbd';
import { shortcuts } from '../keyboard/shortcuts';

/**
 * What the caller said: held to the contract's length in the field itself, with a counter and the
 * template key. Memoised: the multiline field measures its height on every render, so a digit
 * typed in the number field must not render it again.
 */
export const DescriptionField = memo(function DescriptionField({ value, onChange, inputRef, error }: { value: string; onChange: (text: string) => void; inputRef: Ref<HTMLTextAreaElement>; error: boolean }) {
  const { t } = useTranslation();
  return (
    <TextField
      label={t('intake.description')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      inputRef={inputRef}
      multiline
      minRows={4}
      error={error}
      slotProps={{ htmlInput: { maxLength: limits.description } }}
      helperText={
        <Box component="span" sx={{ display: 'flex', justifyContent: 'space-between' }}>
          <span>
            {t('intakeKeys.templates')}
            <Kbd>{shortcuts.templates.label}</Kbd>
          </span>
          <span data-testid="description-counter">{t('flow.counter', { count: value.length, max: limits.description })}</span>
        </Box>
      }
    />
  );
});

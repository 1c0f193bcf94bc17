import { Box, Chip, Typography } from '@mui/material';
import { memo } from 'react';
import { Kbd } from '../keyboard/Kbd';
import { choiceKeyLabel } from '../keyboard/shortcuts';

interface Props<T extends string> {
  readonly label: string;
  readonly choices: readonly T[];
  readonly value: T;
  readonly onChange: (value: T) => void;
  readonly describe: (value: T) => string;
  /** The digit of the first choice's Alt chord. */
  readonly firstKey: number;
}

/** A row of choices, each with its Alt+digit key shown next to it; the keys are bound by the page. */
function Choice<T extends string>({ label, choices, value, onChange, describe, firstKey }: Props<T>) {
  return (
    <Box role="radiogroup" aria-label={label} sx={{ display: 'flex', alignItems: 'center', gap: 0.5, flexWrap: 'wrap' }}>
      <Typography variant="body2" color="text.secondary" sx={{ mr: 1 }}>
        {label}
      </Typography>
      {choices.map((choice, n) => (
        <Chip
          key={choice}
          role="radio"
          aria-checked={choice === value}
          color={choice === value ? 'primary' : 'default'}
          variant={choice === value ? 'filled' : 'outlined'}
          onClick={() => onChange(choice)}
          tabIndex={-1}
          label={
            <>
              {describe(choice)}
              <Kbd>{choiceKeyLabel(firstKey, n)}</Kbd>
            </>
          }
        />
      ))}
    </Box>
  );
}

/** Memoised: typing elsewhere on the page leaves the row as it was. */
export const KeyedChoice = memo(Choice) as typeof Choice;

import { Typography } from '@mui/material';
import { useHotkeys } from 'react-hotkeys-hook';
import { Kbd } from '../keyboard/Kbd';
import type { Shortcut } from '../keyboard/shortcuts';

/**
 * A section's heading with its key: the key puts the focus in the section's first field, so the
 * admin does not Tab through the long lists above it.
 */
export function SectionTitle({ id, label, shortcut }: { id: string; label: string; shortcut: Shortcut }) {
  useHotkeys(
    shortcut.keys,
    () => document.querySelector<HTMLInputElement>(`[aria-labelledby="${id}"] input:not([aria-hidden="true"])`)?.focus(),
    { enableOnFormTags: true, preventDefault: true },
  );
  return (
    <Typography variant="h6" id={id}>
      {label}
      <Kbd>{shortcut.label}</Kbd>
    </Typography>
  );
}

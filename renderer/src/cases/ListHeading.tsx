import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Kbd } from '../keyboard/Kbd';

/** A list's heading: its title and key, what it holds, and how to move in it. `id` labels the list's section and table. */
export function ListHeading({ id, title, shortcut, count, toolbar }: { id: string; title: string; shortcut: string; count: string | null; toolbar?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1 }}>
      <Typography variant="h5" id={id}>
        {title}
        <Kbd>{shortcut}</Kbd>
      </Typography>
      {toolbar}
      {count !== null && <Typography color="text.secondary">{count}</Typography>}
      <Typography variant="body2" color="text.secondary">
        {t('flow.listKeys')}
      </Typography>
    </Box>
  );
}

import { Box, Paper, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** One big number with its label. */
export function WallFigure({ label, value, colour, testId }: { label: string; value: number; colour: string; testId: string }) {
  return (
    <Paper sx={{ p: 2, textAlign: 'center' }}>
      <Typography sx={{ fontSize: '1.4rem', color: 'text.secondary' }}>{label}</Typography>
      <Typography sx={{ fontSize: '4rem', fontWeight: 700, lineHeight: 1.1, color: colour }} data-testid={testId}>
        {value}
      </Typography>
    </Paper>
  );
}

/** A titled panel of the wall. */
export function WallPanel({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Paper sx={{ p: 2, minHeight: 0, overflow: 'hidden', display: 'flex', flexDirection: 'column' }} data-testid={testId}>
      <Typography sx={{ fontSize: '1.5rem', fontWeight: 600, mb: 1 }}>{title}</Typography>
      <Box sx={{ flex: 1, minHeight: 0 }}>{children}</Box>
    </Paper>
  );
}

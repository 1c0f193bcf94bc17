import { Box } from '@mui/material';

/** A key cap, shown next to the action it triggers. */
export function Kbd({ children }: { children: string }) {
  return (
    <Box
      component="kbd"
      sx={{
        px: 0.75,
        py: 0.1,
        ml: 1,
        border: 1,
        borderColor: 'divider',
        borderRadius: 0.75,
        fontSize: '0.75rem',
        fontFamily: 'monospace',
        bgcolor: 'action.hover',
        color: 'inherit',
      }}
    >
      {children}
    </Box>
  );
}

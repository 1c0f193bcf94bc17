import { Alert, Box, LinearProgress } from '@mui/material';
import type { LiveState } from './live-call';

/**
 * The progress bar and error of a live view, in one place: a thin bar while a call is out (the
 * space kept so rows do not jump), the core's message when it failed.
 */
export function LiveStatus({ live, testId }: { live: LiveState<unknown>; testId?: string }) {
  return (
    <>
      <Box sx={{ height: 4 }}>{live.loading && <LinearProgress />}</Box>
      {live.error && (
        <Alert severity="error" data-testid={testId ?? 'live-error'}>
          {live.error}
        </Alert>
      )}
    </>
  );
}

import { Alert } from '@mui/material';

export function SavedMessage({ message }: { message: { ok: boolean; text: string } | null }) {
  if (!message) return null;
  return (
    <Alert severity={message.ok ? 'success' : 'error'} sx={{ my: 1 }} role={message.ok ? 'status' : 'alert'}>
      {message.text}
    </Alert>
  );
}

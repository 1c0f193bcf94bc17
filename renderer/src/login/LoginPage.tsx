import { Alert, Box, Button, Chip, Paper, Stack, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CallFailed, type ApiClient } from '../api/client';
import type { Session } from '../app/session';
import { LanguageSwitch } from '../i18n/LanguageSwitch';

export function LoginPage({ api, onLoggedIn }: { api: ApiClient; onLoggedIn: (s: Session) => Promise<void> }) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onLoggedIn(await api.call('auth:login', { username, password }));
    } catch (e) {
      setError(e instanceof CallFailed ? e.message : t('errors.network'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', bgcolor: 'grey.100' }}>
      <Paper component="form" onSubmit={submit} sx={{ p: 4, width: 380 }} elevation={3}>
        <Stack spacing={2}>
          <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
            <Box>
              <Typography variant="h5" component="h1" color="primary">
                {t('app.name')}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {t('app.subtitle')}
              </Typography>
            </Box>
            <LanguageSwitch api={api} />
          </Stack>
          <Typography variant="h6" component="h2">
            {t('login.title')}
          </Typography>
          {error && <Alert severity="error">{error}</Alert>}
          <TextField
            label={t('fields.username')}
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            autoFocus
            autoComplete="username"
            required
          />
          <TextField
            label={t('fields.password')}
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="current-password"
            required
          />
          <Button type="submit" variant="contained" disabled={busy}>
            {t('login.submit')}
          </Button>
          <Chip label={t('login.demoHint')} size="small" variant="outlined" />
        </Stack>
      </Paper>
    </Box>
  );
}

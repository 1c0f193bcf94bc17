import { Alert, Button, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/api/contract';
import { CallFailed } from '../api/client';
import { useApp } from '../app/session';
import { formatShanghaiTime } from '../cases/format-time';

type Locked = MethodOutput<'users:locks'>['locked'][number];

/** Accounts locked by failed logins: the admin tells their owners and lifts the lock. */
export function LockedAccounts() {
  const { t } = useTranslation();
  const { api } = useApp();
  const [locked, setLocked] = useState<readonly Locked[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const load = useCallback(() => void api.call('users:locks', {}).then((r) => setLocked(r.locked)), [api]);
  useEffect(load, [load]);
  const unlock = async (user: Locked) => {
    try {
      await api.call('users:unlock', { userId: user.id });
      setMessage({ ok: true, text: t('accountLocks.unlocked', { name: user.displayName }) });
      load();
    } catch (e) {
      setMessage({ ok: false, text: e instanceof CallFailed ? e.message : t('errors.network') });
    }
  };
  return (
    <Stack component="section" aria-labelledby="account-locks-title" spacing={1}>
      <Typography variant="h6" id="account-locks-title">
        {t('accountLocks.title')}
      </Typography>
      {message && <Alert severity={message.ok ? 'success' : 'error'}>{message.text}</Alert>}
      {locked.length === 0 ? (
        <Typography color="text.secondary">{t('accountLocks.none')}</Typography>
      ) : (
        <List dense>
          {locked.map((user) => (
            <ListItem
              key={user.id}
              secondaryAction={<Button onClick={() => void unlock(user)}>{t('accountLocks.unlock')}</Button>}
            >
              <ListItemText
                primary={`${user.displayName} (${user.username})`}
                secondary={t('accountLocks.until', { time: formatShanghaiTime(user.lockedUntil) })}
              />
            </ListItem>
          ))}
        </List>
      )}
    </Stack>
  );
}

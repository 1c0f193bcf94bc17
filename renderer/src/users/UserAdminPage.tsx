import { Alert, Box, Button, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/api/contract';
import { limits } from '../../../shared/case/fields';
import { roles, type Role } from '../../../shared/reference/types';
import { CallFailed } from '../api/client';
import { useApp } from '../app/session';
import { PinyinPicker } from '../intake/PinyinPicker';

type Account = MethodOutput<'users:list'>['accounts'][number];
interface Editing {
  readonly id: string | null;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly unitId: string | null;
  readonly password: string;
}
const blank: Editing = { id: null, username: '', displayName: '', role: 'operator', unitId: null, password: '' };

/**
 * The people who log in at the town's seats: the administrator adds one, changes a role, unit
 * or password, or switches an account off when someone leaves. Saved at an admin seat, an
 * account reaches every seat through the hub, so its owner logs in anywhere, offline too.
 */
export function UserAdminPage() {
  const { t } = useTranslation();
  const { api, reference, session } = useApp();
  const [accounts, setAccounts] = useState<readonly Account[]>([]);
  const [editing, setEditing] = useState<Editing>(blank);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const load = useCallback(() => void api.call('users:list', {}).then((r) => setAccounts(r.accounts)), [api]);
  useEffect(load, [load]);

  const run = async (action: () => Promise<Account>, done: (a: Account) => string) => {
    try {
      const account = await action();
      setMessage({ ok: true, text: done(account) });
      setEditing(blank);
      load();
    } catch (e) {
      setMessage({ ok: false, text: e instanceof CallFailed ? e.message : t('errors.network') });
    }
  };
  const save = () =>
    run(
      () => api.call('users:save', { ...editing, unitId: editing.role === 'handler' ? editing.unitId : null }),
      (a) => t('userAdmin.saved', { name: a.displayName }),
    );
  const switchTo = (a: Account, disabled: boolean) =>
    run(
      () => api.call('users:setDisabled', { userId: a.id, disabled }),
      (b) => t(disabled ? 'userAdmin.switchedOff' : 'userAdmin.switchedOn', { name: b.displayName }),
    );
  const unitName = (id: string | null) => reference.units.find((u) => u.id === id)?.name ?? '';
  const set = (change: Partial<Editing>) => setEditing({ ...editing, ...change });

  return (
    <Paper sx={{ p: 2, maxWidth: 1000, mx: 'auto' }} component="section" aria-labelledby="users-title">
      <Typography variant="h5" id="users-title" gutterBottom>
        {t('userAdmin.title')}
      </Typography>
      {message && (
        <Alert severity={message.ok ? 'success' : 'error'} sx={{ mb: 1 }} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </Alert>
      )}
      {/* The name first: it is what the administrator types; Enter in any field saves. */}
      <Stack spacing={1} component="form" aria-label={t(editing.id ? 'userAdmin.editing' : 'userAdmin.adding')} onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <Typography variant="subtitle1">{editing.id ? t('userAdmin.editing') : t('userAdmin.adding')}</Typography>
        <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 1 }}>
          <TextField autoFocus label={t('userAdmin.displayName')} value={editing.displayName} onChange={(e) => set({ displayName: e.target.value })} slotProps={{ htmlInput: { maxLength: limits.name } }} />
          <TextField label={t('userAdmin.username')} value={editing.username} onChange={(e) => set({ username: e.target.value })} slotProps={{ htmlInput: { maxLength: limits.username } }} />
          <TextField select label={t('userAdmin.role')} value={editing.role} onChange={(e) => set({ role: e.target.value as Role })}>
            {roles.map((r) => (
              <MenuItem key={r} value={r}>
                {t(`role.${r}`)}
              </MenuItem>
            ))}
          </TextField>
          {editing.role === 'handler' && (
            <PinyinPicker label={t('userAdmin.unit')} options={reference.units} value={editing.unitId} onChange={(unitId) => set({ unitId })} autoFocus={false} error={false} helperText={undefined} />
          )}
          <TextField
            type="password"
            autoComplete="new-password"
            label={editing.id ? t('userAdmin.newPassword') : t('userAdmin.password')}
            helperText={editing.id ? t('userAdmin.keepPassword') : t('userAdmin.passwordRule')}
            value={editing.password}
            onChange={(e) => set({ password: e.target.value })}
            slotProps={{ htmlInput: { maxLength: limits.password } }}
          />
        </Box>
        <Box sx={{ display: 'flex', gap: 1 }}>
          <Button type="submit" variant="contained">
            {t('userAdmin.save')} (Enter)
          </Button>
          <Button onClick={() => setEditing(blank)}>{t('userAdmin.add')}</Button>
        </Box>
      </Stack>
      <Box component="ul" sx={{ listStyle: 'none', p: 0, mt: 2 }} aria-label={t('userAdmin.list')}>
        {accounts.map((a) => (
          <Box component="li" key={a.id} sx={{ borderBottom: 1, borderColor: 'divider', py: 1, display: 'flex', gap: 1, alignItems: 'center' }} data-testid="account-row">
            <Typography sx={{ flex: 1, color: a.disabled ? 'text.disabled' : undefined }}>
              <strong>{a.displayName}</strong> ({a.username}) · {t(`role.${a.role}`)}
              {a.unitId ? ` · ${unitName(a.unitId)}` : ''}
              {a.disabled ? ` · ${t('userAdmin.off')}` : ''}
            </Typography>
            <Button size="small" onClick={() => setEditing({ id: a.id, username: a.username, displayName: a.displayName, role: a.role, unitId: a.unitId, password: '' })}>
              {t('userAdmin.edit')}
            </Button>
            {a.id !== session.user.id && (
              <Button size="small" color={a.disabled ? 'primary' : 'error'} onClick={() => void switchTo(a, !a.disabled)}>
                {t(a.disabled ? 'userAdmin.switchOn' : 'userAdmin.switchOff')}
              </Button>
            )}
          </Box>
        ))}
      </Box>
    </Paper>
  );
}

import { Alert, Box, Button, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuarantineEntry } from '../../../shared/sync/link-state';
import { mayCall } from '../../../shared/reference/permissions';
import { CallFailed } from '../api/client';
import { useApp } from '../app/session';
import { linkLabel } from './link-label';
import { useSyncStatus } from './use-link-state';

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '—');

/** The seat's link to the hub: enroll it (admin), see the last sync and what was quarantined. */
export function SyncSettingsPage() {
  const { t } = useTranslation();
  const { api, session } = useApp();
  const [status, reload] = useSyncStatus();
  const [quarantine, setQuarantine] = useState<readonly QuarantineEntry[]>([]);
  const [form, setForm] = useState({ hubUrl: '', code: '', label: '' });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const mayEnroll = mayCall(session.user.role, 'sync:enroll');
  const loadQuarantine = useCallback(() => void api.call('sync:quarantine', {}).then(setQuarantine, () => undefined), [api]);
  const quarantined = status?.state.quarantined ?? 0;
  useEffect(loadQuarantine, [loadQuarantine, quarantined]);

  const enroll = async () => {
    setBusy(true);
    try {
      await api.call('sync:enroll', form);
      setMessage({ ok: true, text: t('sync.enrolled') });
      setForm({ ...form, code: '' });
      reload();
    } catch (e) {
      setMessage({ ok: false, text: e instanceof CallFailed ? e.message : t('errors.network') });
    } finally {
      setBusy(false);
    }
  };
  if (!status) return null;
  const s = status.state;
  const rows: [string, string][] = [
    [t('sync.state'), linkLabel(s, t)],
    [t('sync.hub'), status.hub ? `${status.hub.url} · ${status.hub.townId}` : t('sync.link.unenrolled')],
    [t('sync.seat'), status.seatCode],
    ...(status.hub ? ([[t('sync.adminSeat'), t(status.hub.admin ? 'sync.adminSeatYes' : 'sync.adminSeatNo')]] as [string, string][]) : []),
    [t('sync.lastSuccessLabel'), when(s.lastSuccessAt)],
    [t('sync.lastFailureLabel'), s.lastFailureAt ? `${when(s.lastFailureAt)} · ${t(`sync.errors.${s.lastError ?? 'internal'}`)}` : '—'],
    [t('sync.outbox'), String(s.outbox)],
  ];
  return (
    <Paper sx={{ p: 2, maxWidth: 1000, mx: 'auto' }} component="section" aria-labelledby="sync-title">
      <Typography variant="h5" id="sync-title" gutterBottom>
        {t('sync.title')}
      </Typography>
      {s.referenceHeld > 0 && <Alert severity="info" sx={{ mb: 1 }}>{t('sync.referenceHeld', { count: s.referenceHeld })}</Alert>}
      {s.skewed && <Alert severity="warning" sx={{ mb: 1 }}>{t('sync.skewWarning', { minutes: Math.round(Math.abs(s.skewMs ?? 0) / 60_000) })}</Alert>}
      <Table size="small" aria-label={t('sync.state')}>
        <TableBody>
          {rows.map(([k, v]) => (
            <TableRow key={k}>
              <TableCell component="th" sx={{ width: 200 }}>{k}</TableCell>
              <TableCell>{v}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {mayEnroll && (
        <Stack spacing={1} sx={{ mt: 2 }} component="form" aria-label={t('sync.enroll')} onSubmit={(e) => { e.preventDefault(); void enroll(); }}>
          <Typography variant="h6">{t('sync.enroll')}</Typography>
          {message && <Alert severity={message.ok ? 'success' : 'error'}>{message.text}</Alert>}
          <TextField autoFocus label={t('sync.hubUrl')} placeholder="https://hub.example.gov.cn" value={form.hubUrl} onChange={(e) => setForm({ ...form, hubUrl: e.target.value })} />
          <TextField label={t('sync.code')} value={form.code} onChange={(e) => setForm({ ...form, code: e.target.value })} />
          <TextField label={t('sync.label')} value={form.label} onChange={(e) => setForm({ ...form, label: e.target.value })} />
          <Box>
            <Button type="submit" variant="contained" disabled={busy}>{t('sync.enrollButton')}</Button>
          </Box>
        </Stack>
      )}
      <Typography variant="h6" sx={{ mt: 2 }}>{t('sync.quarantineTitle', { count: quarantine.length })}</Typography>
      {quarantine.length === 0 ? (
        <Typography color="text.secondary">{t('sync.quarantineEmpty')}</Typography>
      ) : (
        <Table size="small" aria-label={t('sync.quarantineTitle', { count: quarantine.length })}>
          <TableHead>
            <TableRow>
              <TableCell>{t('sync.at')}</TableCell>
              <TableCell>{t('sync.direction')}</TableCell>
              <TableCell>{t('sync.reason')}</TableCell>
              <TableCell>{t('sync.item')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {quarantine.map((q) => (
              <TableRow key={q.id}>
                <TableCell>{when(q.at)}</TableCell>
                <TableCell>{t(`sync.directions.${q.direction}`)}</TableCell>
                <TableCell>{t(`sync.reasons.${q.reason}`, { defaultValue: q.reason })} · {q.detail}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace', fontSize: '0.75rem', wordBreak: 'break-all' }}>{q.eventId ?? (q.hubSeq !== null ? `#${q.hubSeq}` : '')} {q.item.slice(0, 200)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}

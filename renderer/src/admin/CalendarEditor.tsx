import { Alert, Box, Button, LinearProgress, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/api/contract';
import type { CalendarChange } from '../../../shared/sla/calendar-change';
import { CallFailed } from '../api/client';
import { useApp, useNames } from '../app/session';
import { DateField } from '../forms/DateField';
import { formatShanghaiTime } from '../cases/format-time';
import { CalendarWarningText } from '../sla/CalendarWarning';

type Calendar = MethodOutput<'sla:calendar'>;
type Issues = Extract<MethodOutput<'sla:loadYear'>, { ok: false }>['issues'];

/** The town's working calendar: its own days off and make-up days, and next year's official schedule. */
export function CalendarEditor() {
  const { t } = useTranslation();
  const { api } = useApp();
  const names = useNames();
  const [calendar, setCalendar] = useState<Calendar | null>(null);
  const [draft, setDraft] = useState({ date: '', working: false, reason: '' });
  const [message, setMessage] = useState<{ ok: boolean; text: string; issues?: Issues } | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const load = useCallback(() => void api.call('sla:calendar', {}).then(setCalendar), [api]);
  useEffect(load, [load]);

  const run = async (action: () => Promise<{ ok: boolean; text: string; issues?: Issues } | null>) => {
    setBusy(true);
    try {
      setMessage(await action());
      load();
    } catch (e) {
      setMessage({ ok: false, text: e instanceof CallFailed ? e.message : t('errors.network') });
    } finally {
      setBusy(false);
    }
  };
  const addOverride = () =>
    run(async () => {
      await api.call('sla:saveOverride', draft);
      setDraft({ date: '', working: false, reason: '' });
      return null;
    });
  const loadYear = (file: File) =>
    run(async () => {
      const result = await api.call('sla:loadYear', { text: await file.text() });
      return result.ok ? { ok: true, text: t('slaAdmin.loaded', { year: result.year }) } : { ok: false, text: t('slaAdmin.issues'), issues: result.issues };
    });
  const describe = (c: CalendarChange) =>
    c.type === 'override_saved'
      ? t('slaAdmin.change.override_saved', { date: c.override.date, what: t(c.override.working ? 'slaAdmin.working' : 'slaAdmin.dayOff'), reason: c.override.reason })
      : c.type === 'override_removed'
        ? t('slaAdmin.change.override_removed', { date: c.date })
        : t('slaAdmin.change.year_loaded', { year: c.year });

  if (!calendar) return <LinearProgress />;
  return (
    <Box component="section" aria-labelledby="calendar-title">
      <Typography variant="h6" id="calendar-title">
        {t('slaAdmin.calendar')}
      </Typography>
      <Typography data-testid="covered-through">{t('slaAdmin.coveredThrough', { date: calendar.coveredThrough })}</Typography>
      {calendar.warning && (
        <Alert severity="warning">
          <CalendarWarningText warning={calendar.warning} />
        </Alert>
      )}
      <Box sx={{ height: 4 }}>{busy && <LinearProgress />}</Box>
      <Button variant="outlined" onClick={() => fileInput.current?.click()}>
        {t('slaAdmin.loadYear')}
      </Button>
      <input
        ref={fileInput}
        type="file"
        accept="application/json,.json"
        hidden
        data-testid="year-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void loadYear(file);
          e.target.value = '';
        }}
      />
      {message && (
        <Alert severity={message.ok ? 'success' : 'error'} sx={{ mt: 1 }}>
          {message.text}
          {message.issues?.map((i, n) => (
            <div key={n}>{t(`slaAdmin.issue.${i.code}`, { path: i.path ?? '', date: i.date ?? '', expected: i.expected ?? '' })}</div>
          ))}
        </Alert>
      )}
      <Typography variant="subtitle1" sx={{ mt: 2 }}>
        {t('slaAdmin.overrides')}
      </Typography>
      {calendar.overrides.map((o) => (
        <Stack direction="row" spacing={1} key={o.date} sx={{ alignItems: 'center' }}>
          <Typography>
            {o.date} · {t(o.working ? 'slaAdmin.working' : 'slaAdmin.dayOff')} · {o.reason}
          </Typography>
          <Button size="small" onClick={() => void run(async () => (await api.call('sla:removeOverride', { date: o.date }), null))}>
            {t('slaAdmin.remove')}
          </Button>
        </Stack>
      ))}
      <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
        <DateField size="small" label={t('slaAdmin.date')} value={draft.date} onChange={(date) => setDraft({ ...draft, date })} />
        <TextField select size="small" value={draft.working ? 'working' : 'off'} onChange={(e) => setDraft({ ...draft, working: e.target.value === 'working' })}>
          <MenuItem value="off">{t('slaAdmin.dayOff')}</MenuItem>
          <MenuItem value="working">{t('slaAdmin.working')}</MenuItem>
        </TextField>
        <TextField size="small" label={t('slaAdmin.reason')} value={draft.reason} onChange={(e) => setDraft({ ...draft, reason: e.target.value })} />
        <Button variant="contained" disabled={!draft.date || !draft.reason.trim()} onClick={() => void addOverride()}>
          {t('slaAdmin.add')}
        </Button>
      </Stack>
      <Typography variant="subtitle1" sx={{ mt: 2 }}>
        {t('slaAdmin.changes')}
      </Typography>
      <Box component="ul" sx={{ m: 0 }}>
        {calendar.history.map((h, i) => (
          <li key={i}>
            {formatShanghaiTime(h.at)} · {names.user.get(h.by) ?? h.by} · {describe(h.change)}
          </li>
        ))}
      </Box>
    </Box>
  );
}

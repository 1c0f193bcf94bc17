import { Alert, Box, Button, LinearProgress, MenuItem, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/api/contract';
import { caseKinds, urgencies } from '../../../shared/case/vocabulary';
import type { SlaLimit } from '../../../shared/sla/limit';
import type { SlaLimits, SlaPolicy } from '../../../shared/sla/policy';
import { CallFailed } from '../api/client';
import { useApp, useNames } from '../app/session';
import { formatShanghaiTime } from '../cases/format-time';

type Rules = SlaPolicy['rules'];
const limitNames = ['accept', 'firstContact', 'reply'] as const satisfies readonly (keyof SlaLimits)[];

function LimitInput({ value, onChange, label }: { value: SlaLimit; onChange: (l: SlaLimit) => void; label: string }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'flex', gap: 0.5 }}>
      <TextField
        size="small"
        type="number"
        value={value.amount}
        onChange={(e) => onChange({ ...value, amount: Math.max(1, Math.round(Number(e.target.value) || 1)) })}
        slotProps={{ htmlInput: { min: 1, 'aria-label': label } }}
        sx={{ width: 80 }}
      />
      <TextField select size="small" value={value.unit} onChange={(e) => onChange({ ...value, unit: e.target.value === 'minutes' ? 'minutes' : 'workingDays' })}>
        <MenuItem value="minutes">{t('slaAdmin.minutes')}</MenuItem>
        <MenuItem value="workingDays">{t('slaAdmin.workingDays')}</MenuItem>
      </TextField>
    </Box>
  );
}

/** The limits of every (urgency, kind); saving makes a new version, shown in the history below. */
export function PolicyEditor() {
  const { t } = useTranslation();
  const { api } = useApp();
  const names = useNames();
  const [policies, setPolicies] = useState<MethodOutput<'sla:policies'>['policies'] | null>(null);
  const [draft, setDraft] = useState<Rules | null>(null);
  const [dispatch, setDispatch] = useState<SlaPolicy['dispatch'] | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const load = useCallback(() => {
    void api.call('sla:policies', {}).then((r) => {
      setPolicies(r.policies);
      const latest = r.policies.at(-1);
      if (latest) {
        setDraft(structuredClone(latest.policy.rules));
        setDispatch(structuredClone(latest.policy.dispatch));
      }
    });
  }, [api]);
  useEffect(load, [load]);

  const save = async () => {
    if (!draft || !dispatch) return;
    try {
      const saved = await api.call('sla:savePolicy', { rules: draft, dispatch, effectiveFrom: null });
      setMessage({ ok: true, text: t('slaAdmin.saved', { version: saved.version }) });
      load();
    } catch (e) {
      setMessage({ ok: false, text: e instanceof CallFailed ? e.message : t('errors.network') });
    }
  };

  if (!policies || !draft || !dispatch) return <LinearProgress />;
  const setLimit = (u: (typeof urgencies)[number], k: (typeof caseKinds)[number], name: keyof SlaLimits, limit: SlaLimit) =>
    setDraft({ ...draft, [u]: { ...draft[u], [k]: { ...draft[u][k], [name]: limit } } });
  return (
    <Box component="section" aria-labelledby="policy-title">
      <Typography variant="h6" id="policy-title">
        {t('slaAdmin.policy')}
      </Typography>
      <Typography variant="subtitle1">{t('dispatchLimit.title')}</Typography>
      <Box sx={{ display: 'flex', gap: 2, mb: 1 }} data-testid="dispatch-limits">
        {urgencies.map((u) => (
          <Box key={u}>
            <Typography variant="body2">{t(`urgency.${u}`)}</Typography>
            <LimitInput
              value={dispatch[u]}
              onChange={(l) => setDispatch({ ...dispatch, [u]: l })}
              label={`${t(`urgency.${u}`)} ${t('sla.clock.dispatch')}`}
            />
          </Box>
        ))}
      </Box>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{t('intake.urgency')}</TableCell>
            <TableCell>{t('intake.kind')}</TableCell>
            {limitNames.map((n) => (
              <TableCell key={n}>{t(`sla.clock.${n}`)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {urgencies.flatMap((u) =>
            caseKinds.map((k) => (
              <TableRow key={`${u}.${k}`}>
                <TableCell>{t(`urgency.${u}`)}</TableCell>
                <TableCell>{t(`kind.${k}`)}</TableCell>
                {limitNames.map((n) => (
                  <TableCell key={n}>
                    <LimitInput
                      value={draft[u][k][n]}
                      onChange={(l) => setLimit(u, k, n, l)}
                      label={`${t(`urgency.${u}`)} ${t(`kind.${k}`)} ${t(`sla.clock.${n}`)}`}
                    />
                  </TableCell>
                ))}
              </TableRow>
            )),
          )}
        </TableBody>
      </Table>
      <Button variant="contained" sx={{ mt: 1 }} onClick={() => void save()} data-testid="save-policy">
        {t('slaAdmin.save')}
      </Button>
      {message && (
        <Alert severity={message.ok ? 'success' : 'error'} sx={{ mt: 1 }}>
          {message.text}
        </Alert>
      )}
      <Typography variant="subtitle1" sx={{ mt: 2 }}>
        {t('slaAdmin.history')}
      </Typography>
      <Box component="ol" reversed sx={{ m: 0 }} data-testid="policy-history">
        {[...policies].reverse().map((p) => (
          <li key={p.policy.version}>
            {t('slaAdmin.versionRow', {
              version: p.policy.version,
              from: formatShanghaiTime(p.policy.effectiveFrom),
              by: names.user.get(p.savedBy) ?? p.savedBy,
              at: formatShanghaiTime(p.savedAt),
            })}
          </li>
        ))}
      </Box>
    </Box>
  );
}

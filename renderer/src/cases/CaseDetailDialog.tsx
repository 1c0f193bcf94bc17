import {
  Alert,
  Autocomplete,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  List,
  ListItem,
  ListItemText,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/api/contract';
import { eventTime } from '../../../shared/case/fold';
import { mayCall } from '../../../shared/reference/permissions';
import { CallFailed } from '../api/client';
import { useApp, useNames } from '../app/session';
import { formatShanghaiTime } from './format-time';
import { CaseClocks } from '../sla/CaseClocks';

type Detail = MethodOutput<'cases:get'>;

export function CaseDetailDialog({ caseId, onClose }: { caseId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { api, session, reference } = useApp();
  const names = useNames();
  const [detail, setDetail] = useState<Detail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [unitId, setUnitId] = useState<string | null>(null);

  const load = useCallback(() => {
    api
      .call('cases:get', { caseId })
      .then(setDetail)
      .catch((e: unknown) => setError(e instanceof CallFailed ? e.message : t('errors.network')));
  }, [api, caseId, t]);
  useEffect(load, [load]);

  const dispatch = async () => {
    if (!unitId) return;
    try {
      await api.call('cases:dispatch', { caseId, unitId });
      load();
    } catch (e) {
      setError(e instanceof CallFailed ? e.message : t('errors.network'));
    }
  };

  const c = detail?.case;
  const canDispatch = c?.status === 'registered' && mayCall(session.user.role, 'cases:dispatch');
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="case-title">
      <DialogTitle id="case-title">{c ? t('detail.title', { number: c.number }) : '…'}</DialogTitle>
      <DialogContent>
        {!detail && !error && <LinearProgress />}
        {error && <Alert severity="error">{error}</Alert>}
        {c && detail && (
          <Stack spacing={2}>
            <Typography>
              {t(`status.${c.status}`)} · {t(`kind.${c.kind}`)} · {t(`urgency.${c.urgency}`)} ·{' '}
              {names.category.get(c.categoryId)} · {names.committee.get(c.committeeId)}
            </Typography>
            <Typography>
              {t('detail.responsible')}:{' '}
              <strong data-testid="responsible-unit">
                {c.responsibleUnitId ? names.unit.get(c.responsibleUnitId) : t('detail.none')}
              </strong>
            </Typography>
            <Typography sx={{ whiteSpace: 'pre-wrap' }}>{c.description}</Typography>
            <CaseClocks caseId={c.id} />
            {canDispatch && (
              <Stack direction="row" spacing={1}>
                <Autocomplete
                  options={reference.units}
                  getOptionLabel={(u) => u.name}
                  value={reference.units.find((u) => u.id === unitId) ?? null}
                  onChange={(_e, u) => setUnitId(u?.id ?? null)}
                  autoHighlight
                  sx={{ flex: 1 }}
                  renderInput={(params) => <TextField {...params} label={t('detail.dispatchTo')} size="small" />}
                />
                <Button variant="contained" onClick={() => void dispatch()} disabled={!unitId}>
                  {t('actions.dispatch')}
                </Button>
              </Stack>
            )}
            <Typography variant="h6">{t('detail.timeline')}</Typography>
            <List dense>
              {detail.events.map((e) => (
                <ListItem key={e.id} divider>
                  <ListItemText
                    primary={`${t(`detail.event.${e.type}`)}${
                      e.type === 'case.dispatched' ? ` → ${names.unit.get(e.payload.unitId) ?? e.payload.unitId}` : ''
                    }`}
                    secondary={`${formatShanghaiTime(eventTime(e))} · ${names.user.get(e.actorId) ?? e.actorId} · ${e.seatId}`}
                  />
                </ListItem>
              ))}
            </List>
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('detail.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}

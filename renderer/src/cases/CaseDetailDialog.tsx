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
import { availableActions } from '../../../shared/case/actions';
import { eventTime } from '../../../shared/case/fold';
import { CallFailed } from '../api/client';
import { useApp, useNames } from '../app/session';
import { CaseActions } from './actions/CaseActions';
import { CaseSummary } from './CaseSummary';
import { describeEvent } from './describe-event';
import { formatShanghaiTime } from './format-time';
import { CaseClocks } from '../sla/CaseClocks';

type Detail = MethodOutput<'cases:get'>;

/**
 * A case as one screen: where it stands, the actions open to this seat (each with its key), and
 * every event with who, when, from which seat and what. Nothing here deletes: a correction is a
 * new event.
 */
export function CaseDetailDialog({ caseId, onClose }: { caseId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { api, session, reference } = useApp();
  const names = useNames();
  const [detail, setDetail] = useState<Detail | null>(null);
  const [mainNumber, setMainNumber] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [unitId, setUnitId] = useState<string | null>(null);

  const load = useCallback(() => {
    api
      .call('cases:get', { caseId })
      .then(setDetail)
      .catch((e: unknown) => setError(e instanceof CallFailed ? e.message : t('errors.network')));
  }, [api, caseId, t]);
  useEffect(() => {
    load();
    // Another seat acted on this case: show the new state.
    return api.on('cases:changed', ({ ids }) => ids.includes(caseId) && load());
  }, [api, caseId, load]);

  const mainId = detail?.case.mergedIntoCaseId ?? null;
  useEffect(() => {
    if (!mainId) return;
    api
      .call('cases:get', { caseId: mainId })
      .then((main) => setMainNumber(main.case.number))
      .catch(() => setMainNumber(null));
  }, [api, mainId]);

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
  // The state machine's own rule, the one the core checks before it dispatches.
  const canDispatch = c !== undefined && availableActions(c, session.user).includes('case.dispatched');
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="case-title">
      <DialogTitle id="case-title">{c ? t('detail.title', { number: c.number }) : '…'}</DialogTitle>
      <DialogContent>
        {!detail && !error && <LinearProgress />}
        {error && <Alert severity="error">{error}</Alert>}
        {c && detail && (
          <Stack spacing={2}>
            <CaseSummary c={c} mainNumber={mainNumber} />
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
            <CaseActions record={c} onChanged={load} />
            <Typography variant="h6">{t('detail.timeline')}</Typography>
            <List dense data-testid="timeline">
              {detail.events.map((e) => (
                <ListItem key={e.id} divider>
                  <ListItemText
                    primary={`${e.type === 'case.registered' ? t('detail.event.case.registered') : t(`actions.${e.type}`)} · ${describeEvent(e, t, { unitNames: names.unit, record: c, mainNumber })}`}
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

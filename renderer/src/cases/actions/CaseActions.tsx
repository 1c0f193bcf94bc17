import { Alert, Box, Button, LinearProgress, Typography } from '@mui/material';
import { use, useMemo, useState } from 'react';
import { useHotkeys } from 'react-hotkeys-hook';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../../../shared/api/contract';
import { seatActions, type SeatAction } from '../../../../shared/api/methods/loop';
import { availableActions, roleActions } from '../../../../shared/case/actions';
import { reopenWindowOpen } from '../../../../shared/case/reopen-window';
import { CallFailed } from '../../api/client';
import { useApp } from '../../app/session';
import { useStableCallback } from '../../app/use-stable-callback';
import { CaseShownContext } from '../case-shown';
import { Kbd } from '../../keyboard/Kbd';
import { shortcuts } from '../../keyboard/shortcuts';
import { ActionDialog } from './ActionDialog';
import { actionForms } from './action-forms';
import { useFormsAhead } from './use-forms-ahead';

const allActionKeys = [...new Set(seatActions.map((a) => shortcuts[actionForms[a].key].keys))].join(', ');
const keysOf = (action: SeatAction) => shortcuts[actionForms[action].key].keys.split(',').map((k) => k.trim());

/** The loop actions the state machine offers this seat on this case, each on a button with its key. */
export function CaseActions({ record, onChanged }: { record: CaseView; onChanged: (record: CaseView) => void }) {
  const { t } = useTranslation();
  const { api, session } = useApp();
  const [open, setOpen] = useState<SeatAction | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A closed case waiting to be unmounted keeps its forms but answers no key.
  const shown = use(CaseShownContext);
  const offered = availableActions(record, session.user)
    .filter((a): a is SeatAction => seatActions.includes(a as SeatAction))
    // The state machine allows reopening a closed case; whether its period has run out is a matter of time.
    .filter((a) => a !== 'case.reopened' || record.status !== 'closed' || reopenWindowOpen(record, new Date()));
  // Forms drawn ahead, hidden: every form this role may be offered on a case, in the state
  // machine's order, which is the loop's (the contact form before the case is accepted, then the
  // reply), and any other form offered now. 签收 has no form.
  const offeredKey = offered.join();
  const role = session.user.role;
  const ahead = useMemo(
    () => [...new Set([...roleActions(role), ...offeredKey.split(',')])].filter((a): a is SeatAction => a !== 'case.accepted' && seatActions.includes(a as SeatAction)),
    [offeredKey, role],
  );
  const mounted = useFormsAhead(ahead, open);
  const cancel = useStableCallback(() => setOpen(null));
  const done = useStableCallback((next: CaseView) => {
    setOpen(null);
    onChanged(next);
  });

  const start = async (action: SeatAction) => {
    setError(null);
    if (action !== 'case.accepted') return setOpen(action);
    // 签收 asks nothing: act at once.
    setBusy(true);
    try {
      onChanged(await api.call('cases:act', { caseId: record.id, action: 'case.accepted', payload: {} }));
    } catch (e) {
      setError(e instanceof CallFailed ? e.message : t('errors.network'));
    } finally {
      setBusy(false);
    }
  };

  useHotkeys(
    allActionKeys,
    (_event, hotkey) => {
      const action = offered.find((a) => keysOf(a).includes(hotkey.hotkey));
      if (action) void start(action);
    },
    { enableOnFormTags: true, preventDefault: true, enabled: shown && open === null && !busy },
  );

  return (
    <Box component="section" aria-label={t('act.actions')}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
        {offered.map((a) => (
          <Button key={a} variant="outlined" size="small" onClick={() => void start(a)} disabled={busy}>
            {t(`actions.${a}`)}
            <Kbd>{shortcuts[actionForms[a].key].label}</Kbd>
          </Button>
        ))}
        {offered.length === 0 && <Typography color="text.secondary">{t('act.none')}</Typography>}
      </Box>
      {busy && <LinearProgress sx={{ mt: 1 }} />}
      {error && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {error}
        </Alert>
      )}
      {mounted.map((a) => (
        <ActionDialog key={a} caseId={record.id} action={a} open={open === a} onCancel={cancel} onDone={done} />
      ))}
    </Box>
  );
}

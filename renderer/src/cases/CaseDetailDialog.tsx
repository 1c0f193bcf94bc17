import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { memo, startTransition, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseView, MethodOutput } from '../../../shared/api/contract';
import { availableActions } from '../../../shared/case/actions';
import { eventTime } from '../../../shared/case/fold';
import { automaticSupervisionActorId, isOpen311Actor } from '../../../shared/reference/actors';
import { whenIdle } from '../app/lazy-page';
import { useApp, useNames } from '../app/session';
import { useStableCallback } from '../app/use-stable-callback';
import { Kbd } from '../keyboard/Kbd';
import { useLiveCall } from '../live/use-live-call';
import { CaseClocks } from '../sla/CaseClocks';
import { CaseActions } from './actions/CaseActions';
import { CaseShownContext } from './case-shown';
import { CaseSummary } from './CaseSummary';
import { describeEvent } from './describe-event';
import { DispatchPicker } from './DispatchPicker';
import { holderDoneAt } from './custody-end';
import { formatShanghaiTime } from './format-time';
import { SkewMark } from './SkewMark';

type Detail = MethodOutput<'cases:get'>;
/** An action's answer is the case as it now stands; its event reaches the timeline with the push. */
const withRecord = (d: Detail, record: CaseView): Detail => ({ ...d, case: record });

/**
 * A case as one screen: where it stands, the actions open to this seat (each with its key), and
 * every event with who, when, from which seat and what. Nothing here deletes: a correction is a
 * new event.
 *
 * `caseId` null: closed. Closing hides the dialog in the closing key's own render (its content is
 * memoised, so hiding draws only the dialog's frame) and leaves it mounted, hidden and keyless,
 * until an idle moment removes it: unmounting the case with its forms drawn ahead took most of
 * Esc's frame. The same case opened again meanwhile is shown at once; another one replaces it.
 */
export function CaseDetailDialog({ caseId, onClose }: { caseId: string | null; onClose: () => void }) {
  const [shown, setShown] = useState(caseId);
  // Closed by its own key (Esc, the button) before the owner's state has caught up.
  const [closedBy, setClosedBy] = useState<string | null>(null);
  if (caseId !== null && caseId !== shown) setShown(caseId);
  if (caseId === null && closedBy !== null) setClosedBy(null);
  useEffect(() => {
    if (caseId !== null || shown === null) return;
    return whenIdle(() => startTransition(() => setShown(null)));
  }, [caseId, shown]);
  const close = useStableCallback(() => {
    setClosedBy(caseId);
    onClose();
  });
  if (shown === null) return null;
  const open = caseId !== null && closedBy !== caseId;
  return (
    // closeAfterTransition off: a closed case is no longer the top dialog the moment it closes, so an
    // Esc pressed at once after is the dialog beneath's (MUI would keep it on top until its exit ends).
    <Dialog key={shown} open={open} keepMounted closeAfterTransition={false} onClose={close} maxWidth="md" fullWidth aria-labelledby="case-title">
      <CaseShownContext value={open}>
        <CaseDetail caseId={shown} onClose={close} />
      </CaseShownContext>
    </Dialog>
  );
}

const CaseDetail = memo(function CaseDetail({ caseId, onClose }: { caseId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { session } = useApp();
  const names = useNames();
  const live = useLiveCall('cases:get', { caseId }, { caseIds: [caseId], fromRecord: withRecord });
  const detail = live.data;
  const mainId = detail?.case.mergedIntoCaseId ?? null;
  const main = useLiveCall('cases:get', { caseId: mainId ?? '' }, { caseIds: mainId ? [mainId] : [], skip: mainId === null });
  const mainNumber = main.data?.case.number ?? null;

  const content = useRef<HTMLDivElement>(null);
  // Before the dispatch field of a case waiting for one, which takes the focus when it comes.
  useEffect(() => content.current?.focus({ preventScroll: true }), []);
  // A user by name; the two actors that are no user (a citizens' app, the SLA's own cards) by what they are.
  const actorName = (id: string) =>
    names.user.get(id) ?? (isOpen311Actor(id) ? t('detail.open311Actor') : id === automaticSupervisionActorId ? t('detail.slaActor') : id);
  const c = detail?.case;
  // The state machine's own rule, the one the core checks before it dispatches.
  const canDispatch = c !== undefined && availableActions(c, session.user).includes('case.dispatched');
  return (
    <>
      <DialogTitle id="case-title">{c ? t('detail.title', { number: c.number }) : '…'}</DialogTitle>
      {/* Focusable, and focused when the case opens: the arrows, PageDown and Space then scroll down its history. */}
      <DialogContent ref={content} tabIndex={0} aria-label={t('detail.content')} sx={{ '&:focus-visible': { outline: 'none' } }}>
        {live.loading && !detail && <LinearProgress />}
        {live.error && <Alert severity="error">{live.error}</Alert>}
        {c && detail && (
          <Stack spacing={2}>
            <CaseSummary c={c} mainNumber={mainNumber} />
            <CaseClocks caseId={c.id} endedAt={holderDoneAt(c)} />
            {canDispatch && <DispatchPicker caseId={c.id} onDispatched={live.adopt} />}
            <CaseActions record={c} onChanged={live.adopt} />
            <Typography variant="h6">
              {t('detail.timeline')}
              <Kbd>↑↓ PgDn</Kbd>
            </Typography>
            {/* The English action names are lower-case verbs made for sentences; as a line's title they start capitalised. */}
            <List dense data-testid="timeline" sx={{ '& .MuiListItemText-primary::first-letter': { textTransform: 'uppercase' } }}>
              {detail.events.map((e) => (
                <ListItem key={e.id} divider>
                  <ListItemText
                    primary={`${e.type === 'case.registered' ? t('detail.event.case.registered') : t(`actions.${e.type}`)} · ${describeEvent(e, t, { unitNames: names.unit, record: c, mainNumber })}`}
                    secondary={
                      <>
                        {`${formatShanghaiTime(eventTime(e))} · ${actorName(e.actorId)} · ${e.seatId}`}
                        <SkewMark skewMs={detail.skewedEvents[e.id]} />
                      </>
                    }
                  />
                </ListItem>
              ))}
            </List>
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>
          {t('detail.close')}
          <Kbd>Esc</Kbd>
        </Button>
      </DialogActions>
    </>
  );
});

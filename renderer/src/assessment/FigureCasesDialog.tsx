import { Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeductionView } from '../../../shared/api/methods/assessment';
import type { Figure } from '../../../shared/assessment/figures';
import type { Period } from '../../../shared/assessment/period';
import { useApp, useNames } from '../app/session';
import { formatShanghaiTime } from '../cases/format-time';
import { Kbd } from '../keyboard/Kbd';
import { LiveStatus } from '../live/LiveStatus';
import { useLiveCall } from '../live/use-live-call';

/** A unit appeals with a reason; the supervisor upholds or overturns; both stay in the ledger. */
function DeductionActions({ d, caseId, onDone }: { d: DeductionView; caseId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { api, session } = useApp();
  const [text, setText] = useState('');
  const role = session.user.role;
  const appeal = d.appeal;
  if (appeal?.ruling) {
    return <Chip size="small" color={appeal.ruling === 'overturned' ? 'success' : 'default'} label={t(`assessment.ruling.${appeal.ruling}`)} />;
  }
  const canAppeal = role === 'handler' && !appeal;
  const canRule = role === 'supervisor' && appeal;
  if (!canAppeal && !canRule) return appeal ? <Chip size="small" label={t('assessment.appealed')} /> : null;
  const submit = async (ruling?: 'upheld' | 'overturned') => {
    if (canAppeal) await api.call('assessment:appeal', { deductionId: d.id, caseId, reason: text });
    else if (appeal && ruling) await api.call('assessment:ruleAppeal', { appealId: appeal.id, ruling, note: text });
    onDone();
  };
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      {appeal && <Typography variant="body2">{appeal.reason}</Typography>}
      <TextField size="small" label={canAppeal ? t('assessment.appealReason') : t('assessment.rulingNote')} value={text}
        onChange={(e) => setText(e.target.value)} />
      {canAppeal ? (
        <Button size="small" variant="outlined" disabled={text.trim() === ''} onClick={() => void submit()}>{t('assessment.appeal')}</Button>
      ) : (
        <>
          <Button size="small" variant="outlined" onClick={() => void submit('overturned')}>{t('assessment.overturn')}</Button>
          <Button size="small" onClick={() => void submit('upheld')}>{t('assessment.uphold')}</Button>
        </>
      )}
    </Stack>
  );
}

/** The exact cases behind one figure of one unit, and the rule version that counted them. */
export function FigureCasesDialog(props: { period: Period; unitId: string; figure: Figure; onClose: () => void; onChanged: () => void }) {
  const { period, unitId, figure, onClose, onChanged } = props;
  const { t } = useTranslation();
  const names = useNames();
  // An appeal or a ruling changes the ledger, not a case, so no push follows it: reloaded by hand in `done`.
  const live = useLiveCall('assessment:cases', { period, unitId, figure }, { caseIds: 'any' });
  const data = live.data;
  const done = () => {
    live.reload();
    onChanged();
  };
  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth aria-labelledby="figure-cases-title">
      <DialogTitle id="figure-cases-title">
        {names.unit.get(unitId) ?? unitId} · {t(`assessment.figure.${figure}`)}
        {data && (
          <Typography component="span" variant="body2" sx={{ ml: 2 }} data-testid="rule-version">
            {t('assessment.ruleVersion', { version: data.ruleVersion })} · {data.cases.length}
          </Typography>
        )}
      </DialogTitle>
      <DialogContent>
        <LiveStatus live={live} testId="figure-cases-error" />
        {data && (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('board.number')}</TableCell>
                <TableCell>{t('assessment.filed')}</TableCell>
                <TableCell>{t('assessment.matter')}</TableCell>
                <TableCell>{t('assessment.figure.satisfied')}</TableCell>
                <TableCell>{t('assessment.deductions')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.cases.map((c) => (
                <TableRow key={c.id} data-testid="figure-case">
                  <TableCell sx={{ fontFamily: 'monospace' }}>{c.number}</TableCell>
                  <TableCell>{formatShanghaiTime(c.registeredAt)}</TableCell>
                  <TableCell>
                    {names.committee.get(c.committeeId) ?? c.committeeId} · {names.category.get(c.categoryId) ?? c.categoryId} — {c.description.slice(0, 40)}
                  </TableCell>
                  <TableCell>{c.satisfaction ? t(`assessment.satisfactionValue.${c.satisfaction}`) : '—'}</TableCell>
                  <TableCell>
                    {c.deductions.map((d) => (
                      <Stack key={d.id} direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5 }} data-testid="deduction">
                        <Chip size="small" color="warning" label={t(`assessment.deduction.${d.kind}`)} />
                        <DeductionActions d={d} caseId={c.id} onDone={done} />
                      </Stack>
                    ))}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('assessment.close')}<Kbd>Esc</Kbd></Button>
      </DialogActions>
    </Dialog>
  );
}

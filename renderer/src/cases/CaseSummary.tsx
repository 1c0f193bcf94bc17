import { Alert, AlertTitle, Box, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../../shared/api/contract';
import { useNames } from '../app/session';
import { holderDoneAt, stretchEnd } from './custody-end';
import { formatShanghaiTime } from './format-time';
import { readablePhone } from './readable-phone';


/** Where the case stands: who answers for it, who helps, who held it when, and what waits for a ruling. */
export function CaseSummary({ c, mainNumber }: { c: CaseView; mainNumber: string | null }) {
  const { t } = useTranslation();
  const names = useNames();
  const unit = (id: string) => names.unit.get(id) ?? id;
  const p = c.pending;
  const rows: [string, string, string?][] = [
    [t('caseDetail.caller'), [c.caller.name || t('caseDetail.anonymous'), readablePhone(c.caller.phone), c.address].filter(Boolean).join(' · ')],
    [t('detail.responsible'), c.responsibleUnitId ? unit(c.responsibleUnitId) : t('detail.none'), 'responsible-unit'],
  ];
  if (c.coHandlerUnitIds.length > 0) rows.push([t('caseDetail.coHandlers'), c.coHandlerUnitIds.map(unit).join('、'), 'co-handlers']);
  if (c.whistles.length > 0) {
    const line = c.whistles
      .map((w) => t(w.reportedAt ? 'caseDetail.whistleReported' : 'caseDetail.whistleAwaiting', { unit: unit(w.unitId) }))
      .join('；');
    rows.push([t('caseDetail.whistles'), line]);
  }
  if (c.custody.length > 0) {
    const ledger = c.custody
      .map((s) => {
        const to = stretchEnd(s, holderDoneAt(c));
        return `${unit(s.unitId)} ${formatShanghaiTime(s.from)} – ${to ? formatShanghaiTime(to) : t('caseDetail.custodyOpen')}`;
      })
      .join('；');
    rows.push([t('caseDetail.custody'), ledger, 'custody']);
  }
  if (c.extensionDaysGranted > 0) rows.push([t('loop.request.extension'), t('caseDetail.extensionGranted', { days: c.extensionDaysGranted })]);
  if (c.reply) {
    rows.push([t('caseDetail.reply'), t('caseDetail.replyLine', { code: t(`loop.closureCode.${c.reply.closureCode}`), answer: c.reply.answer })]);
  }
  if (c.evaluation) {
    const e = c.evaluation;
    rows.push([
      t('caseDetail.evaluation'),
      [t(`loop.resolved.${e.resolved ? 'yes' : 'no'}`), t(`loop.satisfaction.${e.satisfaction}`), e.cause ? t(`loop.cause.${e.cause}`) : '']
        .filter(Boolean)
        .join(' · '),
    ]);
  }
  if (c.flags.length > 0) rows.push([t('caseDetail.flags'), c.flags.map((f) => t(`loop.flag.${f}`)).join(' · '), 'case-flags']);
  if (c.reopenCount > 0) rows.push([t('status.reopened'), t('caseDetail.reopened', { count: c.reopenCount })]);
  if (c.mergedIntoCaseId) rows.push([t('caseDetail.mergedInto'), mainNumber ?? c.mergedIntoCaseId, 'merged-into']);
  if (c.closeReason) rows.push([t('status.closed'), t(`loop.closeReason.${c.closeReason}`)]);

  return (
    <Box>
      <Typography data-testid="case-status">
        {t('caseDetail.summary', {
          status: t(`status.${c.status}`),
          kind: t(`kind.${c.kind}`),
          urgency: t(`urgency.${c.urgency}`),
          category: names.category.get(c.categoryId) ?? c.categoryId,
          committee: names.committee.get(c.committeeId) ?? c.committeeId,
        })}
      </Typography>
      <Typography sx={{ whiteSpace: 'pre-wrap', my: 1 }}>{c.description}</Typography>
      {p && (
        <Alert severity="warning" data-testid="pending-request">
          <AlertTitle>{t(`loop.request.${p.type}`)}</AlertTitle>
          {p.type === 'return'
            ? t('caseDetail.pendingReturn', { unit: unit(p.unitId), reason: t(`loop.returnReason.${p.reason}`), note: p.note })
            : p.type === 'extension'
              ? t('caseDetail.pendingExtension', { unit: unit(p.unitId), count: p.workingDays, reason: p.reason })
              : t('caseDetail.pendingSpecial', {
                  unit: unit(p.unitId),
                  code: t(`loop.closureCode.${p.closureCode}`),
                  justification: p.justification,
                })}
        </Alert>
      )}
      {c.dispatches.some((d) => d.conflicting) && <Alert severity="warning">{t('caseDetail.conflict')}</Alert>}
      <Table size="small">
        <TableBody>
          {rows.map(([label, value, testId]) => (
            <TableRow key={label}>
              <TableCell component="th" sx={{ width: 140, color: 'text.secondary' }}>
                {label}
              </TableCell>
              <TableCell data-testid={testId}>{value}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}

import { Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../../shared/case/vocabulary';
import { useNames } from '../app/session';
import { CaseDetailDialog } from '../cases/CaseDetailDialog';
import { formatShanghaiTime } from '../cases/format-time';
import { OpenableRow } from '../cases/OpenableRow';
import { onRowKeys, rowAttribute } from '../cases/row-keys';
import { Kbd } from '../keyboard/Kbd';

export interface CallRow {
  readonly id: string;
  readonly number: string;
  readonly registeredAt: string;
  readonly committeeId: string;
  readonly categoryId: string;
  readonly status: CaseStatus;
  readonly description?: string;
  readonly phone?: string | null;
}

/** The cases behind a heat cell, a repeat caller or a group request: first row focused, Enter opens the case. */
export function CallsDialog({ title, rows, onClose }: { title: string; rows: readonly CallRow[] | null; onClose: () => void }) {
  const { t } = useTranslation();
  const names = useNames();
  const body = useRef<HTMLTableSectionElement>(null);
  const [open, setOpen] = useState<string | null>(null);
  // The dialog was opened by its key or Enter: its first row takes the focus from the dialog's own trap, once.
  const focused = useRef(false);
  const hasRows = (rows?.length ?? 0) > 0;
  useEffect(() => {
    if (!hasRows || focused.current) return;
    const timer = setTimeout(() => {
      focused.current = true;
      body.current?.querySelector<HTMLElement>(`[${rowAttribute}]`)?.focus();
    });
    return () => clearTimeout(timer);
  }, [hasRows]);
  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth aria-labelledby="calls-title">
      <DialogTitle id="calls-title">
        {title}
        {rows && <Typography component="span" variant="body2" sx={{ ml: 2 }}>{t('cases.total', { count: rows.length })}</Typography>}
        <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 2 }}>{t('flow.listKeys')}</Typography>
      </DialogTitle>
      <DialogContent>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('cases.number')}</TableCell>
              <TableCell>{t('cases.registeredAt')}</TableCell>
              <TableCell>{t('decision.where')}</TableCell>
              <TableCell>{t('cases.status')}</TableCell>
              <TableCell>{t('decision.callerOrMatter')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody ref={body} onKeyDown={onRowKeys}>
            {rows?.map((c) => (
              <OpenableRow key={c.id} onOpen={() => setOpen(c.id)} testId="call-row">
                <TableCell sx={{ fontFamily: 'monospace' }}>{c.number}</TableCell>
                <TableCell>{formatShanghaiTime(c.registeredAt)}</TableCell>
                <TableCell>{names.committee.get(c.committeeId) ?? c.committeeId} · {names.category.get(c.categoryId) ?? c.categoryId}</TableCell>
                <TableCell><Chip size="small" label={t(`status.${c.status}`)} /></TableCell>
                <TableCell>{c.phone ?? c.description?.slice(0, 40) ?? ''}</TableCell>
              </OpenableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('assessment.close')}<Kbd>Esc</Kbd></Button>
      </DialogActions>
      <CaseDetailDialog caseId={open} onClose={() => setOpen(null)} />
    </Dialog>
  );
}

import { Box, LinearProgress, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../../shared/api/contract';
import { Kbd } from '../keyboard/Kbd';
import { CaseDetailDialog } from './CaseDetailDialog';
import { OpenableRow } from './OpenableRow';

export interface QueueColumn {
  readonly header: string;
  readonly cell: (c: CaseView) => ReactNode;
}

/** A work queue as a table: Tab to a row, Enter opens the case, its actions are keyed there. */
export function QueueTable({
  title,
  shortcut,
  toolbar,
  items,
  loading,
  columns,
  empty,
  openCaseId,
  onOpen,
}: {
  title: string;
  shortcut: string;
  toolbar?: ReactNode;
  items: readonly CaseView[] | null;
  loading: boolean;
  columns: readonly QueueColumn[];
  empty: string;
  openCaseId: string | null;
  onOpen: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <Paper sx={{ p: 2 }} component="section" aria-labelledby="queue-title">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1 }}>
        <Typography variant="h5" id="queue-title">
          {title}
          <Kbd>{shortcut}</Kbd>
        </Typography>
        {toolbar}
        {items && <Typography color="text.secondary">{t('cases.total', { count: items.length })}</Typography>}
      </Box>
      <Box sx={{ height: 4 }}>{loading && <LinearProgress />}</Box>
      <Table size="small" aria-labelledby="queue-title">
        <TableHead>
          <TableRow>
            <TableCell>{t('cases.number')}</TableCell>
            {columns.map((col) => (
              <TableCell key={col.header}>{col.header}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {items?.map((c) => (
            <OpenableRow key={c.id} onOpen={() => onOpen(c.id)} testId="queue-row">
              <TableCell sx={{ fontFamily: 'monospace' }}>{c.number}</TableCell>
              {columns.map((col) => (
                <TableCell key={col.header}>{col.cell(c)}</TableCell>
              ))}
            </OpenableRow>
          ))}
          {items?.length === 0 && (
            <TableRow>
              <TableCell colSpan={columns.length + 1}>{empty}</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
      {openCaseId && <CaseDetailDialog caseId={openCaseId} onClose={() => onOpen(null)} />}
    </Paper>
  );
}

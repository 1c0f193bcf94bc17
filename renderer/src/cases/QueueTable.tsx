import { Paper, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../../shared/api/contract';
import type { LiveState } from '../live/live-call';
import { LiveStatus } from '../live/LiveStatus';
import { ListHeading } from './ListHeading';
import { OpenableRow } from './OpenableRow';
import { onRowKeys, useFocusFirstRow } from './row-keys';

export interface QueueColumn {
  readonly header: string;
  readonly cell: (c: CaseView) => ReactNode;
}

/**
 * A work queue as a table: the first row has the focus when it opens, arrows or j/k move, Enter
 * opens the case, whose actions are keyed there. `order` sorts what the core sent (the core cuts
 * the queue; the order a person chose is applied here).
 */
export function QueueTable({
  title,
  shortcut,
  toolbar,
  live,
  order,
  columns,
  empty,
  onOpen,
}: {
  title: string;
  shortcut: string;
  toolbar?: ReactNode;
  live: LiveState<{ readonly items: readonly CaseView[] }>;
  /** A person's chosen order; without it, the core's (each queue is ordered by how long its items have waited). */
  order?: (a: CaseView, b: CaseView) => number;
  columns: readonly QueueColumn[];
  empty: string;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const body = useRef<HTMLTableSectionElement>(null);
  const items = useMemo(() => (live.data ? (order ? [...live.data.items].sort(order) : live.data.items) : null), [live.data, order]);
  useFocusFirstRow(body, (items?.length ?? 0) > 0);
  return (
    <Paper sx={{ p: 2 }} component="section" aria-labelledby="queue-title">
      <ListHeading id="queue-title" title={title} shortcut={shortcut} toolbar={toolbar} count={items && t('cases.total', { count: items.length })} />
      <LiveStatus live={live} />
      <Table size="small" aria-labelledby="queue-title">
        <TableHead>
          <TableRow>
            <TableCell>{t('cases.number')}</TableCell>
            {columns.map((col) => (
              <TableCell key={col.header}>{col.header}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody ref={body} onKeyDown={onRowKeys}>
          {items?.map((c) => (
            <OpenableRow key={c.id} onOpen={() => onOpen(c.id)} testId="queue-row">
              <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{c.number}</TableCell>
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
    </Paper>
  );
}

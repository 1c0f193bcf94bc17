import { Chip, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNames } from '../app/session';
import { CaseDetailDialog } from '../cases/CaseDetailDialog';
import { formatShanghaiTime } from '../cases/format-time';
import { ListHeading } from '../cases/ListHeading';
import { OpenableRow } from '../cases/OpenableRow';
import { onRowKeys, useFocusFirstRow } from '../cases/row-keys';
import { shortcuts } from '../keyboard/shortcuts';
import { cardClockName } from './card-clock';
import { LiveStatus } from '../live/LiveStatus';
import { useLiveCall } from '../live/use-live-call';

/** 督办卡 for the supervisor: newest first, each opening its case. */
export function CardsPage() {
  const { t } = useTranslation();
  const names = useNames();
  const [openCaseId, setOpenCaseId] = useState<string | null>(null);
  const live = useLiveCall('sla:cards', { limit: 500 }, { caseIds: 'any' });
  const cards = live.data?.cards ?? null;
  const body = useRef<HTMLTableSectionElement>(null);
  useFocusFirstRow(body, (cards?.length ?? 0) > 0);

  return (
    <Paper sx={{ p: 2 }} component="section" aria-labelledby="cards-title">
      <ListHeading id="cards-title" title={t('cards.title')} shortcut={shortcuts.cards.label} count={cards && t('cards.total', { count: cards.length })} />
      <LiveStatus live={live} />
      {cards?.length === 0 && <Typography>{t('cards.empty')}</Typography>}
      {cards && cards.length > 0 && (
        <Table size="small" aria-labelledby="cards-title">
          <TableHead>
            <TableRow>
              <TableCell>{t('cards.card')}</TableCell>
              <TableCell>{t('board.number')}</TableCell>
              <TableCell>{t('sla.column.clock')}</TableCell>
              <TableCell>{t('sla.column.unit')}</TableCell>
              <TableCell>{t('cards.at')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody ref={body} onKeyDown={onRowKeys}>
            {cards.map((c) => (
              <OpenableRow key={`${c.caseId}|${c.clock}|${c.at}|${c.card}`} onOpen={() => setOpenCaseId(c.caseId)} testId="card-row">
                <TableCell>
                  <Chip size="small" label={t(`cards.${c.card}`)} sx={{ bgcolor: c.card === 'red' ? 'error.main' : 'warning.light' }} />
                </TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>{c.number}</TableCell>
                <TableCell>{cardClockName(c.clock, t)}</TableCell>
                <TableCell>{c.unitId ? (names.unit.get(c.unitId) ?? c.unitId) : t('sla.hotline')}</TableCell>
                <TableCell>{formatShanghaiTime(c.at)}</TableCell>
              </OpenableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <CaseDetailDialog caseId={openCaseId} onClose={() => setOpenCaseId(null)} />
    </Paper>
  );
}

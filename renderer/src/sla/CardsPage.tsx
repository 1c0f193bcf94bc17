import { Chip, LinearProgress, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardRow } from '../../../shared/api/methods/sla';
import { kindOfClock } from '../../../shared/sla/case-clocks';
import { useApp, useNames } from '../app/session';
import { CaseDetailDialog } from '../cases/CaseDetailDialog';
import { formatShanghaiTime } from '../cases/format-time';
import { OpenableRow } from '../cases/OpenableRow';

/** 督办卡 for the supervisor: newest first, each opening its case. */
export function CardsPage() {
  const { t } = useTranslation();
  const { api } = useApp();
  const names = useNames();
  const [cards, setCards] = useState<CardRow[] | null>(null);
  const [openCaseId, setOpenCaseId] = useState<string | null>(null);

  useEffect(() => {
    const load = () => void api.call('sla:cards', { limit: 500 }).then((r) => setCards(r.cards));
    load();
    return api.on('cases:changed', load);
  }, [api]);

  return (
    <Paper sx={{ p: 2 }} component="section" aria-labelledby="cards-title">
      <Typography variant="h5" id="cards-title">
        {t('cards.title')}
      </Typography>
      {!cards && <LinearProgress />}
      {cards?.length === 0 && <Typography>{t('cards.empty')}</Typography>}
      {cards && cards.length > 0 && (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('cards.title')}</TableCell>
              <TableCell>{t('board.number')}</TableCell>
              <TableCell>{t('sla.column.clock')}</TableCell>
              <TableCell>{t('sla.column.unit')}</TableCell>
              <TableCell>{t('cards.at')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {cards.map((c) => (
              <OpenableRow key={`${c.caseId}|${c.clock}|${c.at}|${c.card}`} onOpen={() => setOpenCaseId(c.caseId)} testId="card-row">
                <TableCell>
                  <Chip size="small" label={t(`cards.${c.card}`)} sx={{ bgcolor: c.card === 'red' ? 'error.main' : 'warning.light' }} />
                </TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>{c.number}</TableCell>
                <TableCell>{t(`sla.clock.${kindOfClock(c.clock)}`)}</TableCell>
                <TableCell>{c.unitId ? (names.unit.get(c.unitId) ?? c.unitId) : t('sla.hotline')}</TableCell>
                <TableCell>{formatShanghaiTime(c.at)}</TableCell>
              </OpenableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {openCaseId && <CaseDetailDialog caseId={openCaseId} onClose={() => setOpenCaseId(null)} />}
    </Paper>
  );
}

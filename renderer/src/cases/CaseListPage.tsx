import {
  Box,
  Chip,
  LinearProgress,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TablePagination,
  TableRow,
  Typography,
} from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../../shared/api/contract';
import type { CaseStatus } from '../../../shared/case/vocabulary';
import { useApp, useNames } from '../app/session';
import { CaseDetailDialog } from './CaseDetailDialog';
import { formatShanghaiTime } from './format-time';
import { OpenableRow } from './OpenableRow';
import { StatusFilter } from './StatusFilter';
import { NearestClock } from '../sla/NearestClock';
import { useNearestClocks } from '../sla/use-nearest-clocks';

const PAGE_SIZE = 50;

export function CaseListPage({ openCaseId, onOpen }: { openCaseId: string | null; onOpen: (id: string | null) => void }) {
  const { t } = useTranslation();
  const { api } = useApp();
  const names = useNames();
  const [status, setStatus] = useState<CaseStatus | null>(null);
  const [page, setPage] = useState(0);
  const [data, setData] = useState<{ items: CaseView[]; total: number } | null>(null);
  const [loading, setLoading] = useState(false);
  const nearest = useNearestClocks(data?.items.map((c) => c.id) ?? []);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      setData(await api.call('cases:list', { status, offset: page * PAGE_SIZE, limit: PAGE_SIZE }));
    } finally {
      setLoading(false);
    }
  }, [api, status, page]);

  useEffect(() => {
    void load();
    // Another seat or window filed or changed a case: refresh what is on screen.
    return api.on('cases:changed', () => void load());
  }, [api, load]);

  return (
    <Paper sx={{ p: 2 }} component="section" aria-labelledby="cases-title">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1 }}>
        <Typography variant="h5" id="cases-title">
          {t('cases.title')}
        </Typography>
        <StatusFilter
          size="small"
          value={status}
          onChange={(next) => {
            setPage(0);
            setStatus(next);
          }}
        />
        {data && <Typography color="text.secondary">{t('cases.total', { count: data.total })}</Typography>}
      </Box>
      <Box sx={{ height: 4 }}>{loading && <LinearProgress />}</Box>
      <Table size="small" aria-labelledby="cases-title">
        <TableHead>
          <TableRow>
            <TableCell>{t('cases.number')}</TableCell>
            <TableCell>{t('cases.registeredAt')}</TableCell>
            <TableCell>{t('cases.kind')}</TableCell>
            <TableCell>{t('cases.category')}</TableCell>
            <TableCell>{t('cases.committee')}</TableCell>
            <TableCell>{t('cases.status')}</TableCell>
            <TableCell>{t('cases.unit')}</TableCell>
            <TableCell>{t('board.nearest')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data?.items.map((c) => (
            <OpenableRow key={c.id} onOpen={() => onOpen(c.id)} testId="case-row">
              <TableCell sx={{ fontFamily: 'monospace' }}>{c.number}</TableCell>
              <TableCell>{formatShanghaiTime(c.registeredAt)}</TableCell>
              <TableCell>{t(`kind.${c.kind}`)}</TableCell>
              <TableCell>{names.category.get(c.categoryId) ?? c.categoryId}</TableCell>
              <TableCell>{names.committee.get(c.committeeId) ?? c.committeeId}</TableCell>
              <TableCell>
                <Chip size="small" label={t(`status.${c.status}`)} color={c.needsSupervisor ? 'warning' : 'default'} />
              </TableCell>
              <TableCell>{c.responsibleUnitId ? (names.unit.get(c.responsibleUnitId) ?? c.responsibleUnitId) : '—'}</TableCell>
              <TableCell>
                <NearestClock clock={nearest.get(c.id)} />
              </TableCell>
            </OpenableRow>
          ))}
          {data?.items.length === 0 && (
            <TableRow>
              <TableCell colSpan={8}>{t('cases.empty')}</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
      <TablePagination
        component="div"
        count={data?.total ?? 0}
        page={page}
        onPageChange={(_e, p) => setPage(p)}
        rowsPerPage={PAGE_SIZE}
        rowsPerPageOptions={[PAGE_SIZE]}
      />
      {openCaseId && <CaseDetailDialog caseId={openCaseId} onClose={() => onOpen(null)} />}
    </Paper>
  );
}

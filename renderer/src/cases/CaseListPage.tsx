import {
  Box,
  Chip,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TablePagination,
  TableRow,
  Typography,
} from '@mui/material';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../../shared/case/vocabulary';
import { useNames } from '../app/session';
import { LiveStatus } from '../live/LiveStatus';
import { useLiveCall } from '../live/use-live-call';
import { formatShanghaiTime } from './format-time';
import { OpenableRow } from './OpenableRow';
import { onRowKeys, useFocusFirstRow } from './row-keys';
import { StatusFilter } from './StatusFilter';
import { NearestClock } from '../sla/NearestClock';
import { useNearestClocks } from '../sla/use-nearest-clocks';

const PAGE_SIZE = 50;

export function CaseListPage({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const names = useNames();
  const [status, setStatus] = useState<CaseStatus | null>(null);
  const [page, setPage] = useState(0);
  // Another seat or window may file a case that belongs on this page: any change reloads it.
  const live = useLiveCall('cases:list', { status, offset: page * PAGE_SIZE, limit: PAGE_SIZE }, { caseIds: 'any' });
  const data = live.data;
  const nearest = useNearestClocks(data?.items.map((c) => c.id) ?? []);
  const body = useRef<HTMLTableSectionElement>(null);
  useFocusFirstRow(body, (data?.items.length ?? 0) > 0);

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
      <LiveStatus live={live} />
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
        <TableBody ref={body} onKeyDown={onRowKeys}>
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
    </Paper>
  );
}

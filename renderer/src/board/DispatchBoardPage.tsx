import { Box, Paper, Typography } from '@mui/material';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardRow } from '../../../shared/api/methods/board';
import { kindOfClock } from '../../../shared/sla/case-clocks';
import { useNames } from '../app/session';
import { CaseDetailDialog } from '../cases/CaseDetailDialog';
import { VirtualRows } from '../cases/VirtualRows';
import { ClockBadge, clockBadgeSx } from '../sla/ClockChip';
import { useFollowCoreTime } from '../sla/screen-clock';
import { LiveStatus } from '../live/LiveStatus';
import { useLiveCall } from '../live/use-live-call';
import { boardHeadInput, noFilter, type BoardFilter } from './board-head';
import { BoardFilters } from './BoardFilters';

const rowHeight = 40;
/** A busy hour changes many cases: the board reloads at most this often. */
const reloadEveryMs = 2000;
/**
 * Narrow enough together to fit a 1280-px seat (they overran it, cutting the nearest clock at the
 * edge); the marks and the clock take what is left up to their longest English text, the category the rest.
 */
const columns = '185px 72px 90px minmax(80px, 1fr) 110px 130px 150px minmax(72px, 110px) minmax(210px, 230px)';
/** A word longer than its column (English kinds, long unit names) is cut with an ellipsis, never drawn over the next. */
const clipCells = { '& > *': { minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } } as const;
/** Every row's look, written once for the list: a row itself is plain elements (see VirtualRows). */
const rowSx = { display: 'grid', gridTemplateColumns: columns, gap: 1, alignItems: 'center', ...clipCells, ...clockBadgeSx } as const;
const keyOf = (r: BoardRow) => r.caseId;

/** 派单看板: every open case, the one about to breach on top; only the visible rows are drawn. */
export function DispatchBoardPage() {
  const { t } = useTranslation();
  const names = useNames();
  const [filter, setFilter] = useState<BoardFilter>(noFilter);
  const [openCaseId, setOpenCaseId] = useState<string | null>(null);
  // The first screen's rows come in their own small answer and are drawn first; the whole list
  // (7 MB of JSON at 20,000 cases) is asked for once they are in, then replaces them, same keys.
  const head = useLiveCall('board:list', boardHeadInput(filter), { caseIds: 'any', settleMs: reloadEveryMs, firstAtOnce: true });
  const live = useLiveCall('board:list', filter, { caseIds: 'any', settleMs: reloadEveryMs, skip: head.data === null });
  const shown = live.data ?? head.data;
  const rows: readonly BoardRow[] | null = shown?.rows ?? null;
  useFollowCoreTime(shown?.now);
  const open = useCallback((r: BoardRow) => setOpenCaseId(r.caseId), []);
  // Kept while the language and the names stay, so a scroll step draws only the rows coming into view.
  const cells = useCallback(
    (r: BoardRow) => (
      <>
        <span style={{ fontFamily: 'monospace' }}>{r.number}</span>
        <span>{t(`urgency.${r.urgency}`)}</span>
        <span data-testid="board-kind">{t(`kind.${r.kind}`)}</span>
        <span>{names.category.get(r.categoryId) ?? r.categoryId}</span>
        <span>{names.committee.get(r.committeeId) ?? r.committeeId}</span>
        <span>{r.unitId ? (names.unit.get(r.unitId) ?? r.unitId) : '—'}</span>
        <span>{t(`status.${r.status}`)}</span>
        <span data-testid="board-flags">{r.flags.map((f) => t(`loop.flag.${f}`)).join(' · ')}</span>
        <span>
          {r.nextClock && r.nextStartedAt && r.nextDeadline && (
            <ClockBadge clock={{ startedAt: r.nextStartedAt, deadline: r.nextDeadline, endedAt: null }} kind={kindOfClock(r.nextClock)} />
          )}
        </span>
      </>
    ),
    [t, names],
  );

  return (
    <Paper sx={{ p: 2, display: 'flex', flexDirection: 'column', height: '100%' }} component="section" aria-labelledby="board-title">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1, flexWrap: 'wrap' }}>
        <Typography variant="h5" id="board-title">
          {t('board.title')}
        </Typography>
        <BoardFilters value={filter} onChange={setFilter} />
        {rows && <Typography color="text.secondary" data-testid="board-count">{t('board.count', { count: shown?.total ?? rows.length })}</Typography>}
      </Box>
      <LiveStatus live={live} />
      <Box role="row" sx={{ display: 'grid', gridTemplateColumns: columns, gap: 1, px: 1, fontWeight: 'bold', borderBottom: 1, borderColor: 'divider', ...clipCells }}>
        <span>{t('board.number')}</span>
        <span>{t('intake.urgency')}</span>
        <span>{t('cases.kind')}</span>
        <span>{t('cases.category')}</span>
        <span>{t('cases.committee')}</span>
        <span>{t('cases.unit')}</span>
        <span>{t('cases.status')}</span>
        <span>{t('caseDetail.flags')}</span>
        <span>{t('board.nearest')}</span>
      </Box>
      {rows?.length === 0 && <Typography sx={{ p: 1 }}>{t('board.empty')}</Typography>}
      <VirtualRows items={rows ?? []} rowHeight={rowHeight} keyOf={keyOf} onOpen={open} kind="rows" testId="board-rows" rowTestId="board-row" rowSx={rowSx}>
        {cells}
      </VirtualRows>
      <CaseDetailDialog caseId={openCaseId} onClose={() => setOpenCaseId(null)} />
    </Paper>
  );
}

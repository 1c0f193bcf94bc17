import { Box, Button, Chip, LinearProgress, MenuItem, Paper, TextField, Typography } from '@mui/material';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseLine } from '../../../shared/api/methods/case-line';
import type { CaseStatus } from '../../../shared/case/vocabulary';
import { CallFailed } from '../api/client';
import { useApp, useNames } from '../app/session';
import { DateField } from '../forms/DateField';
import { CaseDetailDialog } from '../cases/CaseDetailDialog';
import { formatShanghaiTime } from '../cases/format-time';
import { StatusFilter } from '../cases/StatusFilter';
import { rowAttribute } from '../cases/row-keys';
import { VirtualRows } from '../cases/VirtualRows';
import { Kbd } from '../keyboard/Kbd';
import { useDebounced } from '../intake/use-debounced';

const rowHeight = 56;

interface Filters {
  status: CaseStatus | null;
  unitId: string | null;
  /** yyyy-mm-dd, Asia/Shanghai days. */
  from: string;
  to: string;
}

/** The start of a Shanghai day as an ISO instant; `next` gives the start of the day after. */
function shanghaiDayStart(day: string, next = false): string | null {
  if (day === '') return null;
  const start = Date.parse(`${day}T00:00:00+08:00`);
  return Number.isNaN(start) ? null : new Date(start + (next ? 86_400_000 : 0)).toISOString();
}

/** Search over numbers, callers, addresses and descriptions, newest first, in a virtualised list. */
export function SearchPage({ initialQuery }: { initialQuery: string }) {
  const { t } = useTranslation();
  const { api, reference } = useApp();
  const names = useNames();
  const [query, setQuery] = useState(initialQuery);
  const section = useRef<HTMLElement>(null);
  // ↓ or Enter in the query goes to the first hit: the filters between them were four Tabs.
  const toHits = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'Enter') return;
    const first = section.current?.querySelector<HTMLElement>(`[${rowAttribute}]`);
    if (!first) return;
    e.preventDefault();
    first.focus();
  };
  const [filters, setFilters] = useState<Filters>({ status: null, unitId: null, from: '', to: '' });
  const [hits, setHits] = useState<CaseLine[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const settled = useDebounced(query.trim(), 150);

  const load = useCallback(
    async (before: number | null) => {
      if (settled === '') return;
      setLoading(true);
      try {
        const page = await api.call('search:cases', {
          query: settled,
          status: filters.status,
          unitId: filters.unitId,
          from: shanghaiDayStart(filters.from),
          to: shanghaiDayStart(filters.to, true),
          before,
        });
        setHits((h) => (before === null ? page.hits : [...h, ...page.hits]));
        setNext(page.next);
        setError(null);
      } catch (e) {
        setError(e instanceof CallFailed ? e.message : t('errors.network'));
      } finally {
        setLoading(false);
      }
    },
    [api, settled, filters, t],
  );

  useEffect(() => {
    setHits([]);
    setNext(null);
    void load(null);
  }, [load]);

  const loadMoreNear = useCallback(
    (lastIndex: number) => {
      // Scrolling near the end fetches the next page.
      if (lastIndex >= hits.length - 5 && next !== null && !loading) void load(next);
    },
    [hits.length, next, loading, load],
  );

  return (
    <Paper ref={section} sx={{ p: 2, display: 'flex', flexDirection: 'column', height: '100%' }} component="section" aria-labelledby="search-title">
      <Typography variant="h5" id="search-title" gutterBottom>
        {t('search.title')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        <TextField
          label={t('search.query')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={toHits}
          autoFocus
          helperText={
            <>
              {t('search.toHits')} <Kbd>↓ / Enter</Kbd>
            </>
          }
          sx={{ flex: 2, minWidth: 240 }}
        />
        <StatusFilter value={filters.status} onChange={(status) => setFilters((f) => ({ ...f, status }))} />
        <TextField
          select
          label={t('cases.unit')}
          value={filters.unitId ?? ''}
          onChange={(e) => setFilters((f) => ({ ...f, unitId: e.target.value === '' ? null : e.target.value }))}
          sx={{ minWidth: 160 }}
        >
          <MenuItem value="">{t('search.allUnits')}</MenuItem>
          {reference.units.map((u) => (
            <MenuItem key={u.id} value={u.id}>
              {u.name}
            </MenuItem>
          ))}
        </TextField>
        <DateField label={t('search.from')} value={filters.from} onChange={(from) => setFilters((f) => ({ ...f, from }))} />
        <DateField label={t('search.to')} value={filters.to} onChange={(to) => setFilters((f) => ({ ...f, to }))} />
      </Box>
      <Box sx={{ height: 4, my: 1 }}>{loading && <LinearProgress aria-label={t('search.searching')} />}</Box>
      {error && <Typography color="error">{error}</Typography>}
      <Typography variant="body2" color="text.secondary" data-testid="search-count">
        {settled === '' ? t('search.hint') : !loading && hits.length === 0 ? t('search.none') : t('search.count', { count: hits.length })}
      </Typography>
      <VirtualRows
        items={hits}
        rowHeight={rowHeight}
        keyOf={(c) => c.id}
        onOpen={(c) => setOpenId(c.id)}
        onRendered={loadMoreNear}
        kind="list"
        rowTestId="search-hit"
        labelledBy="search-title"
        scrollerSx={{ mt: 1 }}
      >
        {(c) => (
          <>
            <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
              <Box component="span" sx={{ fontFamily: 'monospace' }}>
                {c.number}
              </Box>
              <Chip size="small" label={t(`status.${c.status}`)} />
              <Typography variant="body2" color="text.secondary">
                {formatShanghaiTime(c.registeredAt)} · {names.category.get(c.categoryId) ?? c.categoryId} · {names.committee.get(c.committeeId) ?? c.committeeId} ·{' '}
                {c.responsibleUnitId ? names.unit.get(c.responsibleUnitId) : '—'}
              </Typography>
            </Box>
            <Typography variant="body2" noWrap>
              {c.callerName} {c.address} · {c.description}
            </Typography>
          </>
        )}
      </VirtualRows>
      {next !== null && (
        <Button onClick={() => void load(next)} disabled={loading}>
          {t('search.more')}
        </Button>
      )}
      <CaseDetailDialog caseId={openId} onClose={() => setOpenId(null)} />
    </Paper>
  );
}

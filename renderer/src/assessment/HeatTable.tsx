import { Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { forwardRef, useImperativeHandle, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/api/contract';
import { heatLegend, heatStep } from '../../../shared/assessment/heat';
import { useNames } from '../app/session';

type Heat = MethodOutput<'assessment:heat'>;
export type HeatCell = { row: Heat['rows'][number]; bucket: Heat['buckets'][number] };

/** A sequential scale, blank for no calls; the two darkest steps carry white text. */
const palette = ['transparent', '#fee8c8', '#fdbb84', '#fc8d59', '#e34a33', '#b30000'] as const;

const label = (b: { from: string; to: string }) => (b.from === b.to ? b.from.slice(5) : `${b.from.slice(5)}~${b.to.slice(5)}`);

export interface HeatTableHandle {
  focus(): void;
}

/**
 * Committee × category down, time across: each cell's colour says how busy it was against the
 * busiest cell. A grid worked by the arrow keys (Home/End along a row), Enter opens the cases.
 */
export const HeatTable = forwardRef<HeatTableHandle, { heat: Heat; onOpen: (cell: HeatCell) => void }>(function HeatTable({ heat, onOpen }, ref) {
  const { t } = useTranslation();
  const names = useNames();
  const [at, setAt] = useState<[number, number]>([0, 0]);
  const grid = useRef<HTMLTableElement>(null);
  const focusCell = (r: number, c: number) => {
    setAt([r, c]);
    grid.current?.querySelector<HTMLElement>(`[data-cell="${r},${c}"]`)?.focus();
  };
  useImperativeHandle(ref, () => ({ focus: () => focusCell(Math.min(at[0], heat.rows.length - 1), Math.min(at[1], heat.buckets.length - 1)) }));
  const rows = heat.rows.length;
  const cols = heat.buckets.length;
  const onKey = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const [r, c] = at;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [r - 1, c],
      ArrowDown: [r + 1, c],
      ArrowLeft: [r, c - 1],
      ArrowRight: [r, c + 1],
      Home: [r, 0],
      End: [r, cols - 1],
    };
    const to = moves[e.key];
    if (to) {
      e.preventDefault();
      focusCell(Math.max(0, Math.min(rows - 1, to[0])), Math.max(0, Math.min(cols - 1, to[1])));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const row = heat.rows[r];
      const bucket = heat.buckets[c];
      if (row && bucket) onOpen({ row, bucket });
    }
  };
  const where = (row: Heat['rows'][number]) => `${names.committee.get(row.committeeId) ?? row.committeeId} · ${names.category.get(row.categoryId) ?? row.categoryId}`;
  if (rows === 0) return <Typography>{t('decision.heatEmpty')}</Typography>;
  return (
    <Box>
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', mb: 1 }} data-testid="heat-legend" aria-label={t('decision.legend')}>
        <Typography variant="body2" sx={{ mr: 1 }}>{t('decision.legend')}</Typography>
        {heatLegend(heat.max).map((l) => (
          <Stack key={l.step} direction="row" spacing={0.5} sx={{ alignItems: 'center', mr: 1 }}>
            <Box sx={{ width: 18, height: 14, bgcolor: palette[l.step], border: 1, borderColor: 'divider' }} />
            <Typography variant="caption">{l.from === l.to ? l.from : `${l.from}–${l.to}`}</Typography>
          </Stack>
        ))}
        <Typography variant="caption" color="text.secondary" sx={{ ml: 2 }}>{t('decision.heatKeys')}</Typography>
      </Stack>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" ref={grid} role="grid" aria-label={t('decision.heatTitle')} onKeyDown={onKey} sx={{ '& td, & th': { px: 0.5, py: 0.25 } }}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('decision.where')}</TableCell>
              {heat.buckets.map((b) => <TableCell key={b.from} align="center" sx={{ fontSize: 11, whiteSpace: 'nowrap' }}>{label(b)}</TableCell>)}
              <TableCell align="right">{t('decision.total')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {heat.rows.map((row, r) => (
              <TableRow key={`${row.committeeId}|${row.categoryId}`} data-testid="heat-row">
                <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>{where(row)}</TableCell>
                {row.counts.map((n, c) => {
                  const step = heatStep(n, heat.max);
                  const bucket = heat.buckets[c]!;
                  return (
                    <TableCell
                      key={bucket.from}
                      role="gridcell"
                      align="center"
                      tabIndex={at[0] === r && at[1] === c ? 0 : -1}
                      data-cell={`${r},${c}`}
                      data-testid="heat-cell"
                      data-step={step}
                      aria-label={t('decision.cellLabel', { where: where(row), when: label(bucket), count: n })}
                      onClick={() => {
                        setAt([r, c]);
                        onOpen({ row, bucket });
                      }}
                      onFocus={() => setAt([r, c])}
                      sx={{
                        minWidth: 26,
                        cursor: 'pointer',
                        bgcolor: palette[step],
                        color: step >= 4 ? 'common.white' : 'text.primary',
                        '&:focus': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 },
                      }}
                    >
                      {n || ''}
                    </TableCell>
                  );
                })}
                <TableCell align="right"><strong>{row.total}</strong></TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </Box>
  );
});

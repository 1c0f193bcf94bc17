import { Box, Button, Chip, MenuItem, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useCallback, useState } from 'react';
import { useHotkeys } from 'react-hotkeys-hook';
import { useTranslation } from 'react-i18next';
import { rankingTable } from '../../../shared/assessment/export';
import type { Figure } from '../../../shared/assessment/figures';
import { periodContaining, periodKinds, type Period, type PeriodKind } from '../../../shared/assessment/period';
import { shanghaiDay } from '../../../shared/case/case-number';
import { useApp, useNames } from '../app/session';
import { Kbd } from '../keyboard/Kbd';
import { shortcuts } from '../keyboard/shortcuts';
import { LiveStatus } from '../live/LiveStatus';
import { useLiveCall } from '../live/use-live-call';
import { downloadCsv, downloadXlsx } from './export-files';
import { FigureCasesDialog } from './FigureCasesDialog';
import { RatesChart } from './RatesChart';
import { SpikesPanel } from './SpikesPanel';

function periodOf(kind: PeriodKind, anchor: string, to: string): Period {
  return kind === 'custom' ? { kind, from: anchor <= to ? anchor : to, to: anchor <= to ? to : anchor } : periodContaining(kind, anchor);
}

const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

/** 考核: the units ranked by the rule in force, every figure opening to its cases, exported as a town office files it. */
export function AssessmentPage() {
  const { t } = useTranslation();
  const { session } = useApp();
  const names = useNames();
  const today = shanghaiDay(new Date());
  const [kind, setKind] = useState<PeriodKind>('month');
  const [anchor, setAnchor] = useState(today);
  const [to, setTo] = useState(today);
  const [drill, setDrill] = useState<{ unitId: string; figure: Figure } | null>(null);
  const period = periodOf(kind, anchor, to);
  const unitName = useCallback((id: string) => names.unit.get(id) ?? id, [names.unit]);
  // Any case's change may move a unit's figures, so the ranking follows every change.
  const live = useLiveCall('assessment:units', { period }, { caseIds: 'any' });
  const data = live.data;

  const table = () => data && rankingTable(data.units, unitName, data.period, data.ruleVersion);
  const fileName = data ? `考核排名_${data.period.from}_${data.period.to}_规则v${data.ruleVersion}` : '';
  const exportXlsx = () => {
    const tbl = table();
    if (tbl) void downloadXlsx(tbl, fileName);
  };
  const exportCsv = () => {
    const tbl = table();
    if (tbl) downloadCsv(tbl, fileName);
  };
  const hotkeyOptions = { enableOnFormTags: true, preventDefault: true } as const;
  useHotkeys(shortcuts.exportXlsx.keys, exportXlsx, hotkeyOptions, [data]);
  useHotkeys(shortcuts.exportCsv.keys, exportCsv, hotkeyOptions, [data]);

  const figureCell = (unitId: string, figure: Figure, label: string) => (
    <Button size="small" onClick={() => setDrill({ unitId, figure })} data-testid={`figure-${figure}`} aria-label={`${unitName(unitId)} ${t(`assessment.figure.${figure}`)} ${label}`}>
      {label}
    </Button>
  );

  return (
    <Paper sx={{ p: 2 }} component="section" aria-labelledby="assessment-title">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2, flexWrap: 'wrap' }}>
        <Typography variant="h5" id="assessment-title">{t('assessment.title')}</Typography>
        <TextField select size="small" label={t('assessment.period')} value={kind} onChange={(e) => setKind(e.target.value as PeriodKind)}>
          {periodKinds.map((k) => <MenuItem key={k} value={k}>{t(`assessment.periodKind.${k}`)}</MenuItem>)}
        </TextField>
        <TextField size="small" type="date" label={kind === 'custom' ? t('assessment.from') : t('assessment.day')} value={anchor}
          onChange={(e) => e.target.value && setAnchor(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
        {kind === 'custom' && (
          <TextField size="small" type="date" label={t('assessment.to')} value={to} onChange={(e) => e.target.value && setTo(e.target.value)}
            slotProps={{ inputLabel: { shrink: true } }} />
        )}
        <Typography variant="body2">{period.from} – {period.to}</Typography>
        {data && <Chip size="small" label={t('assessment.ruleVersion', { version: data.ruleVersion })} />}
        <Box sx={{ flexGrow: 1 }} />
        <Button variant="outlined" onClick={exportXlsx} disabled={!data}>{t('assessment.exportXlsx')}<Kbd>{shortcuts.exportXlsx.label}</Kbd></Button>
        <Button variant="outlined" onClick={exportCsv} disabled={!data}>{t('assessment.exportCsv')}<Kbd>{shortcuts.exportCsv.label}</Kbd></Button>
      </Stack>
      {session.user.role === 'supervisor' && <SpikesPanel />}
      <LiveStatus live={live} testId="assessment-error" />
      {data?.units.length === 0 && <Typography>{t('assessment.empty')}</Typography>}
      {data && data.units.length > 0 && (
        <>
          <RatesChart units={data.units} unitName={unitName} />
          <Table size="small" aria-label={t('assessment.title')}>
            <TableHead>
              <TableRow>
                {(['rank', 'unit', 'received', 'response', 'resolution', 'satisfaction', 'hasty', 'yellow', 'red', 'bonus', 'deduction', 'total', 'interview'] as const).map((c) => (
                  <TableCell key={c} sx={{ whiteSpace: 'nowrap' }}>{t(`assessment.column.${c}`)}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {data.units.map((u) => (
                <TableRow key={u.unitId} data-testid="assessment-row" data-unit={u.unitId}>
                  <TableCell>{u.rank ?? '—'}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{unitName(u.unitId)}</TableCell>
                  <TableCell>{figureCell(u.unitId, 'received', String(u.figures.received))}</TableCell>
                  <TableCell>{figureCell(u.unitId, 'responded', pct(u.rates.response))}</TableCell>
                  <TableCell>{figureCell(u.unitId, 'resolved', pct(u.rates.resolution))}</TableCell>
                  <TableCell>{figureCell(u.unitId, 'satisfied', pct(u.rates.satisfaction))}</TableCell>
                  <TableCell>{figureCell(u.unitId, 'hasty', String(u.figures.hasty))}</TableCell>
                  <TableCell>{figureCell(u.unitId, 'yellow', String(u.figures.yellow))}</TableCell>
                  <TableCell>{figureCell(u.unitId, 'red', String(u.figures.red))}</TableCell>
                  <TableCell>{u.score.bonus.toFixed(2)}</TableCell>
                  <TableCell>{u.score.deduction.toFixed(2)}</TableCell>
                  <TableCell><strong>{u.score.total === null ? '—' : u.score.total.toFixed(2)}</strong></TableCell>
                  <TableCell>
                    {u.interview.map((r) => <Chip key={r} size="small" color="error" label={t(`assessment.interview.${r}`)} sx={{ mr: 0.5 }} />)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
      {drill && data && (
        <FigureCasesDialog period={data.period} unitId={drill.unitId} figure={drill.figure} onClose={() => setDrill(null)} onChanged={live.reload} />
      )}
    </Paper>
  );
}

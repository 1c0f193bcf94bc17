import { Box, Button, Chip, MenuItem, Paper, Stack, Tab, Table, TableBody, TableCell, TableHead, TableRow, Tabs, TextField, Typography } from '@mui/material';
import { useCallback, useState } from 'react';
import { useHotkeys } from 'react-hotkeys-hook';
import { useTranslation } from 'react-i18next';
import { rankingTable } from '../../../shared/assessment/export';
import type { Figure } from '../../../shared/assessment/figures';
import { periodContaining, periodKinds, shiftPeriod, type Period, type PeriodKind } from '../../../shared/assessment/period';
import { shanghaiDay } from '../../../shared/case/case-number';
import { useApp, useNames } from '../app/session';
import { DateField } from '../forms/DateField';
import { Kbd } from '../keyboard/Kbd';
import { shortcuts } from '../keyboard/shortcuts';
import { LiveStatus } from '../live/LiveStatus';
import { useLiveCall } from '../live/use-live-call';
import { downloadCsv, downloadXlsx } from './export-files';
import { FigureCasesDialog } from './FigureCasesDialog';
import { DecisionPage } from './DecisionPage';
import { RankingChart } from './RankingChart';
import { RatesChart } from './RatesChart';
import { RuleEditor } from './RuleEditor';

function periodOf(kind: PeriodKind, anchor: string, to: string): Period {
  return kind === 'custom' ? { kind, from: anchor <= to ? anchor : to, to: anchor <= to ? to : anchor } : periodContaining(kind, anchor);
}

const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

const tabs = ['ranking', 'decision', 'rules'] as const;
type AssessmentTab = (typeof tabs)[number];
const tabKeys = { ranking: shortcuts.assessmentRanking, decision: shortcuts.assessmentDecision, rules: shortcuts.assessmentRules } as const;

/**
 * 考核: the units ranked by the rule in force, every figure opening to its cases, exported as a
 * town office files it; decision support (智慧线) for the town's desk; the versioned rule.
 */
export function AssessmentPage() {
  const { t } = useTranslation();
  const { session } = useApp();
  const names = useNames();
  const today = shanghaiDay(new Date());
  const [kind, setKind] = useState<PeriodKind>('month');
  const [anchor, setAnchor] = useState(today);
  const [to, setTo] = useState(today);
  const [drill, setDrill] = useState<{ unitId: string; figure: Figure } | null>(null);
  // A unit's handler reads its own report card only: decision support is the town's.
  const shown = tabs.filter((tab) => tab !== 'decision' || session.user.role !== 'handler');
  const [tab, setTab] = useState<AssessmentTab>('ranking');
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
  const step = (by: -1 | 1) => {
    const next = shiftPeriod(period, by);
    setAnchor(next.from);
    setTo(next.to);
  };
  const hotkeyOptions = { enableOnFormTags: true, preventDefault: true, enabled: tab === 'ranking' && drill === null } as const;
  useHotkeys(shortcuts.exportXlsx.keys, exportXlsx, hotkeyOptions, [data]);
  useHotkeys(shortcuts.exportCsv.keys, exportCsv, hotkeyOptions, [data]);
  // A key typed in a dialog over the page (a figure's cases, a case opened from decision support) is
  // the dialog's. Asked of the key's target, not of the page: a dialog still fading out after Escape
  // has handed focus back, and a tab key pressed then is the page's.
  const outsideDialogs = (e: KeyboardEvent) => !(e.target instanceof Element && e.target.closest('[role="dialog"]'));
  const tabOptions = { enableOnFormTags: true, preventDefault: true, enabled: outsideDialogs } as const;
  useHotkeys(shortcuts.previousPeriod.keys, () => step(-1), tabOptions, [period]);
  useHotkeys(shortcuts.nextPeriod.keys, () => step(1), tabOptions, [period]);
  useHotkeys(tabKeys.ranking.keys, () => setTab('ranking'), tabOptions);
  useHotkeys(tabKeys.decision.keys, () => shown.includes('decision') && setTab('decision'), tabOptions, [shown]);
  useHotkeys(tabKeys.rules.keys, () => setTab('rules'), tabOptions);

  const figureCell = (unitId: string, figure: Figure, label: string) => (
    // Figures in the text colour: the theme's red would make every 100.0 % read as a fault.
    <Button size="small" color="inherit" sx={{ textDecoration: 'underline dotted', textUnderlineOffset: 3 }} onClick={() => setDrill({ unitId, figure })} data-testid={`figure-${figure}`} aria-label={`${unitName(unitId)} ${t(`assessment.figure.${figure}`)} ${label}`}>
      {label}
    </Button>
  );

  return (
    <Paper sx={{ p: 2 }} component="section" aria-labelledby="assessment-title">
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', mb: 2, flexWrap: 'wrap' }}>
        <Typography variant="h5" id="assessment-title">{t('assessment.title')}</Typography>
        <TextField select size="small" sx={{ minWidth: 112 }} label={t('assessment.period')} value={kind} onChange={(e) => setKind(e.target.value as PeriodKind)}>
          {periodKinds.map((k) => <MenuItem key={k} value={k}>{t(`assessment.periodKind.${k}`)}</MenuItem>)}
        </TextField>
        <DateField size="small" label={kind === 'custom' ? t('assessment.from') : t('assessment.day')} value={anchor} onChange={(day) => day && setAnchor(day)} />
        {kind === 'custom' && (
          <DateField size="small" label={t('assessment.to')} value={to} onChange={(day) => day && setTo(day)} />
        )}
        <Button size="small" onClick={() => step(-1)} aria-label={t('assessment.previousPeriod')} title={t('assessment.previousPeriod')} sx={{ minWidth: 0 }}>
          ‹<Kbd>{shortcuts.previousPeriod.label}</Kbd>
        </Button>
        <Typography variant="body2">{period.from} – {period.to}</Typography>
        <Button size="small" onClick={() => step(1)} aria-label={t('assessment.nextPeriod')} title={t('assessment.nextPeriod')} sx={{ minWidth: 0 }}>
          ›<Kbd>{shortcuts.nextPeriod.label}</Kbd>
        </Button>
        {data && <Chip size="small" label={t('assessment.ruleVersion', { version: data.ruleVersion })} />}
        <Box sx={{ flexGrow: 1 }} />
        {tab === 'ranking' && (
          <>
            <Button variant="outlined" onClick={exportXlsx} disabled={!data}>{t('assessment.exportXlsx')}<Kbd>{shortcuts.exportXlsx.label}</Kbd></Button>
            <Button variant="outlined" onClick={exportCsv} disabled={!data}>{t('assessment.exportCsv')}<Kbd>{shortcuts.exportCsv.label}</Kbd></Button>
          </>
        )}
      </Stack>
      <Tabs value={tab} onChange={(_e, v: AssessmentTab) => setTab(v)} sx={{ mb: 2 }} aria-label={t('assessment.title')}>
        {shown.map((k) => (
          <Tab key={k} value={k} label={<span>{t(`assessment.tab.${k}`)}<Kbd>{tabKeys[k].label}</Kbd></span>} data-testid={`tab-${k}`} />
        ))}
      </Tabs>
      {tab === 'decision' && <DecisionPage period={period} />}
      {tab === 'rules' && <RuleEditor onSaved={live.reload} />}
      {tab === 'ranking' && <LiveStatus live={live} testId="assessment-error" />}
      {tab === 'ranking' && data?.units.length === 0 && <Typography>{t('assessment.empty')}</Typography>}
      {tab === 'ranking' && data && data.units.length > 0 && (
        <>
          <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2}>
            <Box sx={{ flex: 3, minWidth: 0 }}><RatesChart units={data.units} unitName={unitName} /></Box>
            <Box sx={{ flex: 2, minWidth: 0 }}><RankingChart units={data.units} unitName={unitName} /></Box>
          </Stack>
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

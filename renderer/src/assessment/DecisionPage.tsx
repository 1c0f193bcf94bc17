import { Box, Chip, Paper, Stack, Typography } from '@mui/material';
import { useRef, useState, type ReactNode } from 'react';
import { useHotkeys } from 'react-hotkeys-hook';
import { useTranslation } from 'react-i18next';
import { groupRequestsExport, heatExport, repeatCallersExport, trendsExport } from '../../../shared/assessment/decision-export';
import type { ExportTable } from '../../../shared/assessment/export';
import type { BucketSize } from '../../../shared/assessment/heat';
import type { Period } from '../../../shared/assessment/period';
import { shanghaiDay } from '../../../shared/case/case-number';
import { daysBetween } from '../../../shared/sla/day';
import { useApp, useNames } from '../app/session';
import { Kbd } from '../keyboard/Kbd';
import { shortcuts, type ShortcutName } from '../keyboard/shortcuts';
import { LiveStatus } from '../live/LiveStatus';
import { useLiveCall } from '../live/use-live-call';
import { CallsDialog, type CallRow } from './CallsDialog';
import { downloadCsv, downloadXlsx } from './export-files';
import { ExportButtons } from './ExportButtons';
import { GroupRequestsList, type Suggestion } from './GroupRequestsList';
import { HeatTable, type HeatCell, type HeatTableHandle } from './HeatTable';
import { RepeatCallersList, type ListHandle } from './RepeatCallersList';
import { SpikesPanel } from './SpikesPanel';
import { TrendsChart } from './TrendsChart';

type Section = 'heat' | 'trends' | 'repeat' | 'groups';
const sectionKeys: Record<Section, ShortcutName> = { heat: 'heatTable', trends: 'trends', repeat: 'repeatCallers', groups: 'groupRequests' };
/** Beyond two months a column a day is too narrow to read: weeks only. */
const MAX_DAY_COLUMNS = 62;
const REPEAT_WINDOW_DAYS = 7;

function CallsOfCell({ cell, onClose }: { cell: HeatCell; onClose: () => void }) {
  const names = useNames();
  const live = useLiveCall('assessment:cellCases', { committeeId: cell.row.committeeId, categoryId: cell.row.categoryId, from: cell.bucket.from, to: cell.bucket.to }, { caseIds: 'any' });
  const title = `${names.committee.get(cell.row.committeeId) ?? cell.row.committeeId} · ${names.category.get(cell.row.categoryId) ?? cell.row.categoryId} · ${cell.bucket.from}${cell.bucket.to === cell.bucket.from ? '' : ` ~ ${cell.bucket.to}`}`;
  return <CallsDialog title={title} rows={live.data?.cases ?? null} onClose={onClose} />;
}

/** 决策支持: where trouble grows (heat, spikes, group requests), who keeps calling, and how the town's rates move. */
export function DecisionPage({ period }: { period: Period }) {
  const { t } = useTranslation();
  const { api, session } = useApp();
  const names = useNames();
  const today = shanghaiDay(new Date());
  const long = daysBetween(period.from, period.to) + 1 > MAX_DAY_COLUMNS;
  const [chosenSize, setSize] = useState<BucketSize>('day');
  const size: BucketSize = long ? 'week' : chosenSize;
  const [active, setActive] = useState<Section>('heat');
  const [cell, setCell] = useState<HeatCell | null>(null);
  const [calls, setCalls] = useState<{ title: string; rows: CallRow[] } | null>(null);
  const [merged, setMerged] = useState<Record<string, string>>({});
  const [focusedGroup, setFocusedGroup] = useState<Suggestion | null>(null);

  const heat = useLiveCall('assessment:heat', { period, size }, { caseIds: 'any' });
  const trends = useLiveCall('assessment:trends', { period, size }, { caseIds: 'any' });
  const repeat = useLiveCall('assessment:repeatCallers', { period, windowDays: REPEAT_WINDOW_DAYS }, { caseIds: 'any' });
  const groups = useLiveCall('assessment:groupRequests', { day: today }, { caseIds: 'any' });
  const ruleVersion = trends.data?.ruleVersion ?? null;

  const refs = { heat: useRef<HeatTableHandle>(null), repeat: useRef<ListHandle>(null), groups: useRef<ListHandle>(null), trends: useRef<HTMLDivElement>(null) };
  const nameFns = { committee: (id: string) => names.committee.get(id) ?? id, category: (id: string) => names.category.get(id) ?? id, unit: (id: string) => names.unit.get(id) ?? id };
  const tables: Record<Section, ExportTable | null> =
    ruleVersion === null
      ? { heat: null, trends: null, repeat: null, groups: null }
      : {
          heat: heat.data ? heatExport(heat.data, nameFns, period, ruleVersion) : null,
          trends: trends.data ? trendsExport(trends.data.points, period, ruleVersion) : null,
          repeat: repeat.data ? repeatCallersExport(repeat.data.callers, nameFns, period, ruleVersion, REPEAT_WINDOW_DAYS) : null,
          groups: groups.data ? groupRequestsExport(groups.data.suggestions, nameFns, { from: today, to: today }, ruleVersion) : null,
        };
  const fileNames: Record<Section, string> = {
    heat: `热点分布_${period.from}_${period.to}_规则v${ruleVersion}`,
    trends: `趋势_${period.from}_${period.to}_规则v${ruleVersion}`,
    repeat: `重复来电_${period.from}_${period.to}_规则v${ruleVersion}`,
    groups: `群体性诉求建议_${today}_规则v${ruleVersion}`,
  };

  const suggestions = groups.data?.suggestions ?? [];
  const next = (focusedGroup && suggestions.find((s) => s.mainCaseId === focusedGroup.mainCaseId)) ?? suggestions[0] ?? null;
  const canMerge = session.user.role === 'supervisor';
  const merge = async (s: Suggestion) => {
    const r = await api.call('assessment:mergeGroup', { mainCaseId: s.mainCaseId, caseIds: s.calls.map((c) => c.caseId) });
    setMerged((m) => ({ ...m, [s.mainCaseId]: r.mainNumber }));
    setFocusedGroup(null);
    groups.reload();
  };

  const dialogOpen = cell !== null || calls !== null;
  const opts = { enableOnFormTags: true, preventDefault: true, enabled: !dialogOpen } as const;
  const jump = (s: Section) => {
    setActive(s);
    if (s === 'trends') refs.trends.current?.focus();
    else refs[s].current?.focus();
  };
  useHotkeys(shortcuts.heatTable.keys, () => jump('heat'), opts, [heat.data]);
  useHotkeys(shortcuts.trends.keys, () => jump('trends'), opts);
  useHotkeys(shortcuts.repeatCallers.keys, () => jump('repeat'), opts, [repeat.data]);
  useHotkeys(shortcuts.groupRequests.keys, () => jump('groups'), opts, [groups.data]);
  useHotkeys(shortcuts.bucketSize.keys, () => setSize((s) => (s === 'day' ? 'week' : 'day')), opts);
  useHotkeys(shortcuts.mergeGroup.keys, () => void (canMerge && next && merge(next)), opts, [next, canMerge]);
  useHotkeys(shortcuts.exportXlsx.keys, () => { const tbl = tables[active]; if (tbl) void downloadXlsx(tbl, fileNames[active]); }, opts, [tables, active]);
  useHotkeys(shortcuts.exportCsv.keys, () => { const tbl = tables[active]; if (tbl) downloadCsv(tbl, fileNames[active]); }, opts, [tables, active]);

  const section = (id: Section, title: string, body: ReactNode, extra?: ReactNode) => (
    <Paper variant="outlined" sx={{ p: 1.5, mb: 2 }} component="section" aria-labelledby={`${id}-title`} onFocusCapture={() => setActive(id)} data-testid={`section-${id}`}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1, flexWrap: 'wrap' }}>
        <Typography variant="h6" id={`${id}-title`}>{title}<Kbd>{shortcuts[sectionKeys[id]].label}</Kbd></Typography>
        {extra}
        <Box sx={{ flexGrow: 1 }} />
        <ExportButtons table={tables[id]} fileName={fileNames[id]} keyed={active === id} />
      </Stack>
      {body}
    </Paper>
  );
  const sizeChip = (
    <Chip size="small" label={<>{t(`decision.size.${size}`)}<Kbd>{shortcuts.bucketSize.label}</Kbd></>} onClick={long ? undefined : () => setSize(size === 'day' ? 'week' : 'day')} />
  );

  return (
    <Box>
      {session.user.role === 'supervisor' && <SpikesPanel />}
      {section(
        'groups',
        t('decision.groupTitle', { hours: groups.data?.windowHours ?? '', callers: groups.data?.minCallers ?? '' }),
        <>
          <LiveStatus live={groups} testId="groups-error" />
          {groups.data && (
            <GroupRequestsList
              ref={refs.groups}
              suggestions={suggestions}
              next={next}
              merged={merged}
              canMerge={canMerge}
              onFocusRow={setFocusedGroup}
              onOpen={(s) => setCalls({ title: `${t('decision.groupOf')} · ${nameFns.committee(s.committeeId)} · ${nameFns.category(s.categoryId)}`, rows: s.calls.map((c) => ({ ...c, id: c.caseId })) })}
              onMerge={(s) => void merge(s)}
            />
          )}
        </>,
      )}
      {section('heat', t('decision.heatTitle'), <><LiveStatus live={heat} testId="heat-error" />{heat.data && <HeatTable ref={refs.heat} heat={heat.data} onOpen={setCell} />}</>, sizeChip)}
      {section(
        'trends',
        t('decision.trendsTitle'),
        <Box ref={refs.trends} tabIndex={0} aria-label={t('decision.trendsTitle')} sx={{ '&:focus': { outline: 2, outlineColor: 'primary.main' } }}>
          <LiveStatus live={trends} testId="trends-error" />
          {trends.data && <TrendsChart points={trends.data.points} />}
        </Box>,
        sizeChip,
      )}
      {section(
        'repeat',
        t('decision.repeatTitle', { days: REPEAT_WINDOW_DAYS }),
        <>
          <LiveStatus live={repeat} testId="repeat-error" />
          {repeat.data && (
            <RepeatCallersList
              ref={refs.repeat}
              callers={repeat.data.callers}
              onOpen={(c) => setCalls({ title: `${t('decision.repeatOf')} ${c.phone} · ${nameFns.category(c.categoryId)}`, rows: c.calls.map((k) => ({ ...k, id: k.caseId })) })}
            />
          )}
        </>,
      )}
      {cell && <CallsOfCell cell={cell} onClose={() => setCell(null)} />}
      {calls && <CallsDialog title={calls.title} rows={calls.rows} onClose={() => setCalls(null)} />}
    </Box>
  );
}

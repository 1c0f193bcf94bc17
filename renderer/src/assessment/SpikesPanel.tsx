import { Alert, Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { useHotkeys } from 'react-hotkeys-hook';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/api/contract';
import { shanghaiDay } from '../../../shared/case/case-number';
import { useApp, useNames } from '../app/session';
import { Kbd } from '../keyboard/Kbd';
import { shortcuts } from '../keyboard/shortcuts';
import { LiveStatus } from '../live/LiveStatus';
import { useLiveCall } from '../live/use-live-call';

type Spikes = MethodOutput<'assessment:spikes'>['spikes'];

/** Where calls spike against the usual: each a suggestion the supervisor turns into a proactive case (未诉先办). */
export function SpikesPanel() {
  const { t } = useTranslation();
  const { api } = useApp();
  const names = useNames();
  const day = shanghaiDay(new Date());
  // New calls anywhere raise or settle a spike; the cases filed here are kept by key across reloads.
  const live = useLiveCall('assessment:spikes', { day }, { caseIds: 'any' });
  const spikes = live.data?.spikes ?? null;
  const [filed, setFiled] = useState<Record<string, string>>({});
  const keyOf = (s: Spikes[number]) => `${s.committeeId}|${s.categoryId}`;
  const file = async (s: Spikes[number]) => {
    const r = await api.call('assessment:proactive', { committeeId: s.committeeId, categoryId: s.categoryId, day });
    setFiled((f) => ({ ...f, [keyOf(s)]: r.number }));
  };
  const next = spikes?.find((s) => !filed[keyOf(s)]);
  useHotkeys(shortcuts.proactiveCase.keys, () => void (next && file(next)), { enableOnFormTags: true, preventDefault: true }, [next]);

  return (
    <Stack spacing={1} sx={{ mb: 2 }} component="section" aria-labelledby="spikes-title">
      <Typography variant="h6" id="spikes-title">{t('assessment.spikes.title')}</Typography>
      <LiveStatus live={live} testId="spikes-error" />
      {spikes?.length === 0 && <Typography>{t('assessment.spikes.none')}</Typography>}
      {spikes && spikes.length > 0 && (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('assessment.spikes.where')}</TableCell>
              <TableCell>{t('assessment.spikes.calls')}</TableCell>
              <TableCell>{t('assessment.spikes.usual')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {spikes.map((s) => {
              const number = filed[keyOf(s)];
              return (
                <TableRow key={keyOf(s)} data-testid="spike-row">
                  <TableCell>{names.committee.get(s.committeeId) ?? s.committeeId} · {names.category.get(s.categoryId) ?? s.categoryId}</TableCell>
                  <TableCell>{s.count}</TableCell>
                  <TableCell>{s.baseline.toFixed(1)}</TableCell>
                  <TableCell>
                    {number ? (
                      <Alert severity="success" sx={{ py: 0 }}>{t('assessment.spikes.filed', { number })}</Alert>
                    ) : (
                      <Button size="small" variant="contained" onClick={() => void file(s)}>
                        {t('assessment.spikes.file')}
                        {s === next && <Kbd>{shortcuts.proactiveCase.label}</Kbd>}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </Stack>
  );
}

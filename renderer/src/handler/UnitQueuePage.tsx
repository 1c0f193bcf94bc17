import { Box, Chip, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { useApp, useNames } from '../app/session';
import { QueueTable } from '../cases/QueueTable';
import { shortcuts } from '../keyboard/shortcuts';
import { useLiveCall } from '../live/use-live-call';
import { NearestClock } from '../sla/NearestClock';
import { useNearestClocks } from '../sla/use-nearest-clocks';
import { formatSpan } from '../sla/format-remaining';
import { queueOrderNames, queueOrders, type QueueOrder } from './queue-order';

/** 承办人's workspace: the unit's open cases and those it was whistled into; actions are in each case. */
export function UnitQueuePage({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const { session } = useApp();
  const names = useNames();
  const [order, setOrder] = useState<QueueOrder>('sinceDispatch');
  const live = useLiveCall('queues:unit', {}, { caseIds: 'any' });
  const nearest = useNearestClocks(live.data?.items.map((c) => c.id) ?? []);
  const now = new Date();
  const since = (from: string | null) => (from ? formatSpan(now.getTime() - Date.parse(from), t) : '—');

  return (
    <QueueTable
      title={t('unitQueue.title')}
      shortcut={shortcuts.unitQueue.label}
      toolbar={
        <TextField
          select
          size="small"
          label={t('unitQueue.sortBy')}
          value={order}
          onChange={(e) => setOrder(queueOrderNames.find((o) => o === e.target.value) ?? 'sinceDispatch')}
          slotProps={{ select: { native: true } }}
        >
          {queueOrderNames.map((o) => (
            <option key={o} value={o}>
              {t(`unitQueue.sort.${o}`)}
            </option>
          ))}
        </TextField>
      }
      live={live}
      order={queueOrders[order]}
      empty={t('unitQueue.empty')}
      onOpen={onOpen}
      columns={[
        {
          header: t('intake.urgency'),
          cell: (c) => <Chip size="small" label={t(`urgency.${c.urgency}`)} color={c.urgency === 'normal' ? 'default' : 'error'} />,
        },
        { header: t('cases.category'), cell: (c) => names.category.get(c.categoryId) ?? c.categoryId },
        { header: t('cases.committee'), cell: (c) => names.committee.get(c.committeeId) ?? c.committeeId },
        {
          header: t('flow.description'),
          cell: (c) => (
            <Box title={c.description} data-testid="queue-description" sx={{ maxWidth: 320, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
              {c.description}
            </Box>
          ),
        },
        {
          header: t('cases.status'),
          cell: (c) => (
            <>
              <Chip size="small" label={t(c.pending ? `status.pending_${c.pending.type}` : `status.${c.status}`)} />
              {c.responsibleUnitId !== session.user.unitId && <Chip size="small" color="info" label={t('unitQueue.whistled')} sx={{ ml: 1 }} />}
            </>
          ),
        },
        { header: t('board.nearest'), cell: (c) => <NearestClock clock={nearest.get(c.id)} /> },
        { header: t('unitQueue.sinceDispatch'), cell: (c) => since(c.clockStartedAt) },
      ]}
    />
  );
}

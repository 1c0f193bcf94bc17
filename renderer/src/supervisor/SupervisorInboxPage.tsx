import { Chip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useNames } from '../app/session';
import { formatShanghaiTime } from '../cases/format-time';
import { QueueTable } from '../cases/QueueTable';
import { shortcuts } from '../keyboard/shortcuts';
import { inboxItem } from '../../../shared/case/inbox-item';
import { useLiveCall } from '../live/use-live-call';
import { NearestClock } from '../sla/NearestClock';
import { useNearestClocks } from '../sla/use-nearest-clocks';

const kindLabel = {
  return: 'loop.request.return',
  extension: 'loop.request.extension',
  special_closure: 'loop.request.special_closure',
  conflict: 'inbox.conflict',
  callback_done: 'inbox.callbackDone',
} as const;

/** 值班长's inbox: every case waiting for a ruling, oldest first, with the clock that breaches first; the ruling is keyed in the case. */
export function SupervisorInboxPage({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const names = useNames();
  const live = useLiveCall('queues:supervisor', {}, { caseIds: 'any' });
  const nearest = useNearestClocks(live.data?.items.map((c) => c.id) ?? []);
  return (
    <QueueTable
      title={t('inbox.title')}
      shortcut={shortcuts.inbox.label}
      live={live}
      empty={t('inbox.empty')}
      onOpen={onOpen}
      columns={[
        { header: t('inbox.item'), cell: (c) => <Chip size="small" color="warning" label={t(kindLabel[inboxItem(c).kind])} /> },
        { header: t('inbox.since'), cell: (c) => formatShanghaiTime(inboxItem(c).since) },
        { header: t('cases.unit'), cell: (c) => (c.responsibleUnitId ? (names.unit.get(c.responsibleUnitId) ?? c.responsibleUnitId) : '—') },
        { header: t('cases.category'), cell: (c) => names.category.get(c.categoryId) ?? c.categoryId },
        { header: t('board.nearest'), cell: (c) => <NearestClock clock={nearest.get(c.id)} /> },
      ]}
    />
  );
}

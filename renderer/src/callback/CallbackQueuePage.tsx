import { useTranslation } from 'react-i18next';
import { MAX_CALLBACK_ATTEMPTS } from '../../../shared/case/loop-vocabulary';
import { useNames } from '../app/session';
import { formatShanghaiTime } from '../cases/format-time';
import { QueueTable } from '../cases/QueueTable';
import { useQueue } from '../cases/use-queue';
import { shortcuts } from '../keyboard/shortcuts';

/** 回访: replied cases, oldest reply first; the evaluation or a failed attempt is keyed in the case. */
export function CallbackQueuePage({ openCaseId, onOpen }: { openCaseId: string | null; onOpen: (id: string | null) => void }) {
  const { t } = useTranslation();
  const names = useNames();
  const { items, loading } = useQueue('queues:callback');
  return (
    <QueueTable
      title={t('callbacks.title')}
      shortcut={shortcuts.callbacks.label}
      items={items}
      loading={loading}
      empty={t('callbacks.empty')}
      openCaseId={openCaseId}
      onOpen={onOpen}
      columns={[
        { header: t('callbacks.repliedAt'), cell: (c) => (c.reply ? formatShanghaiTime(c.reply.at) : '—') },
        { header: t('cases.unit'), cell: (c) => (c.responsibleUnitId ? (names.unit.get(c.responsibleUnitId) ?? c.responsibleUnitId) : '—') },
        { header: t('fields.phone'), cell: (c) => c.caller.phone },
        { header: t('callbacks.attempts'), cell: (c) => `${c.callbackFailures.length} / ${MAX_CALLBACK_ATTEMPTS}` },
      ]}
    />
  );
}

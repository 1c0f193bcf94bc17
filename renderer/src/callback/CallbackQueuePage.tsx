import { Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { MAX_CALLBACK_ATTEMPTS } from '../../../shared/case/loop-vocabulary';
import { useNames } from '../app/session';
import { formatShanghaiTime } from '../cases/format-time';
import { QueueTable } from '../cases/QueueTable';
import { readablePhone } from '../cases/readable-phone';
import { shortcuts } from '../keyboard/shortcuts';
import { useLiveCall } from '../live/use-live-call';
import { NearestClock } from '../sla/NearestClock';
import { useNearestClocks } from '../sla/use-nearest-clocks';

const clipped = { maxWidth: 230, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;
// A number, a phone, a time or a unit broken over two lines is read wrong at a glance.
const whole = { whiteSpace: 'nowrap' } as const;

/**
 * 回访: replied cases, oldest reply first, with whom to call, what the unit answered (read back
 * before dialling) and how long the callback may still wait; the evaluation or a failed attempt
 * is keyed in the case.
 */
export function CallbackQueuePage({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const names = useNames();
  const live = useLiveCall('queues:callback', {}, { caseIds: 'any' });
  const nearest = useNearestClocks(live.data?.items.map((c) => c.id) ?? []);
  return (
    <QueueTable
      title={t('callbacks.title')}
      shortcut={shortcuts.callbacks.label}
      live={live}
      empty={t('callbacks.empty')}
      onOpen={onOpen}
      columns={[
        { header: t('callbacks.repliedAt'), cell: (c) => <Box sx={whole}>{c.reply ? formatShanghaiTime(c.reply.at) : '—'}</Box> },
        { header: t('cases.unit'), cell: (c) => <Box sx={whole}>{c.responsibleUnitId ? (names.unit.get(c.responsibleUnitId) ?? c.responsibleUnitId) : '—'}</Box> },
        { header: t('flow.caller'), cell: (c) => c.caller.name || t('flow.anonymous') },
        { header: t('fields.phone'), cell: (c) => <Box component="span" sx={whole} data-testid="callback-phone">
            {readablePhone(c.caller.phone)}
          </Box> },
        {
          header: t('flow.replyText'),
          cell: (c) => (
            <Box title={c.reply?.answer} sx={clipped} data-testid="callback-reply">
              {c.reply?.answer ?? '—'}
            </Box>
          ),
        },
        { header: t('callbacks.attempts'), cell: (c) => `${c.callbackFailures.length} / ${MAX_CALLBACK_ATTEMPTS}` },
        { header: t('board.nearest'), cell: (c) => <NearestClock clock={nearest.get(c.id)} /> },
      ]}
    />
  );
}

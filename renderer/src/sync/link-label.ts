import type { TFunction } from 'i18next';
import type { LinkState } from '../../../shared/sync/link-state';
import { shanghaiHourMinute } from '../../../shared/sync/link-state';
import { clockOffsetMinutes } from '../../../shared/sync/clock-offset';

/** The app bar's words for the link: online / offline since HH:MM / syncing N events, then quarantine and skew. */
export function linkLabel(s: LinkState, t: TFunction): string {
  const parts = [
    s.link === 'offline' && s.offlineSince
      ? t('sync.offlineSince', { time: shanghaiHourMinute(s.offlineSince) })
      : s.link === 'syncing'
        ? t('sync.syncing', { count: s.outbox })
        : t(`sync.link.${s.link}`),
  ];
  // A seat that never joined a hub is not waiting on one: its queue is for the day it enrolls (sync settings show it).
  if (s.link !== 'syncing' && s.link !== 'unenrolled' && s.outbox > 0) parts.push(t('sync.unsent', { count: s.outbox }));
  if (s.quarantined > 0) parts.push(t('sync.quarantined', { count: s.quarantined }));
  if (s.skewed && s.skewMs !== null) parts.push(t('sync.skewed', { offset: clockOffsetMinutes(s.skewMs) }));
  return parts.join(' · ');
}

export function linkColour(s: LinkState): 'default' | 'success' | 'info' | 'warning' | 'error' {
  if (s.skewed || s.quarantined > 0) return 'warning';
  if (s.link === 'offline') return 'error';
  if (s.link === 'syncing') return 'info';
  return s.link === 'online' ? 'success' : 'default';
}

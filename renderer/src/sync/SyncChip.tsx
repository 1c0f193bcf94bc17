import { Chip, Tooltip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Kbd } from '../keyboard/Kbd';
import { shortcuts } from '../keyboard/shortcuts';
import { linkColour, linkLabel } from './link-label';
import { useSyncStatus } from './use-link-state';

/** The link to the hub, always in the app bar; those who may see the sync settings open them from here. */
export function SyncChip({ onOpen }: { onOpen: (() => void) | null }) {
  const { t } = useTranslation();
  const [status] = useSyncStatus();
  if (!status) return null;
  const label = linkLabel(status.state, t);
  return (
    <Tooltip title={status.state.lastSuccessAt ? t('sync.lastSuccess', { at: new Date(status.state.lastSuccessAt).toLocaleString() }) : ''}>
      <Chip
        data-testid="sync-chip"
        size="small"
        color={linkColour(status.state)}
        label={onOpen ? <>{label}<Kbd>{shortcuts.syncSettings.label}</Kbd></> : label}
        onClick={onOpen ?? undefined}
      />
    </Tooltip>
  );
}

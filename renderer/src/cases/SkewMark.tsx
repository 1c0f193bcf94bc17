import { Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { clockOffsetMinutes } from '../../../shared/sync/clock-offset';

/** Beside an event's time: the seat that wrote it had a clock off the hub's, so the time is suspect. */
export function SkewMark({ skewMs }: { skewMs: number | undefined }) {
  const { t } = useTranslation();
  if (skewMs === undefined) return null;
  return (
    <Box component="span" title={t('detail.skewedHint')} data-testid="skew-mark" sx={{ color: 'warning.main', fontWeight: 600 }}>
      {` · ⚠ ${t('detail.skewed', { offset: clockOffsetMinutes(skewMs) })}`}
    </Box>
  );
}

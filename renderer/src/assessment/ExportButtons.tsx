import { Button, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ExportTable } from '../../../shared/assessment/export';
import { Kbd } from '../keyboard/Kbd';
import { shortcuts } from '../keyboard/shortcuts';
import { downloadCsv, downloadXlsx } from './export-files';

/** A table's two exports; the keys show on the section they would export now (the one last worked in). */
export function ExportButtons({ table, fileName, keyed }: { table: ExportTable | null; fileName: string; keyed: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack direction="row" spacing={1}>
      <Button size="small" variant="outlined" disabled={!table} onClick={() => table && void downloadXlsx(table, fileName)}>
        {t('assessment.exportXlsx')}
        {keyed && <Kbd>{shortcuts.exportXlsx.label}</Kbd>}
      </Button>
      <Button size="small" variant="outlined" disabled={!table} onClick={() => table && downloadCsv(table, fileName)}>
        {t('assessment.exportCsv')}
        {keyed && <Kbd>{shortcuts.exportCsv.label}</Kbd>}
      </Button>
    </Stack>
  );
}
